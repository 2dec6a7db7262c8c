package org.broadsheet.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.web.account.Readers.PASSWORD;
import static org.broadsheet.web.account.Readers.newEmail;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A reader's journey through the real pages and forms (CSRF tokens and cookies as a browser sends them). */
@AccountTestContext
class ReaderJourneyIntegrationTests {

    @Autowired
    WebClient browser;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void freshBrowser() {
        browser.getCookieManager().clearCookies();
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getOptions().setJavaScriptEnabled(false);
    }

    @Test
    void registersVerifiesSignsOutAndSignsInAgain() throws Exception {
        String email = newEmail();
        HtmlPage register = browser.getPage("http://localhost/register");
        HtmlForm form = register.getForms().get(0);
        form.getInputByName("name").type("Anjali Nair");
        form.getInputByName("email").type(email);
        form.getInputByName("password").type(PASSWORD);
        HtmlPage account = form.getOneHtmlElementByAttribute("button", "type", "submit").click();

        assertThat(account.getUrl().getPath()).isEqualTo("/account");
        assertThat(account.asNormalizedText()).contains("Check your email").contains(email).contains("Not verified");

        String token = Readers.tokenFromOutbox(jdbc, email, "verification");
        HtmlPage verified = browser.getPage("http://localhost/verify-email?token=" + token);
        assertThat(verified.asNormalizedText()).contains(email + " is verified");
        assertThat(((HtmlPage) browser.getPage("http://localhost/account")).asNormalizedText()).contains("Verified");

        HtmlPage signedOut = account.getForms().stream().filter(f -> f.getActionAttribute().endsWith("/logout")).findFirst()
                .orElseThrow().getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(signedOut.asNormalizedText()).contains("You have signed out").contains("Login Now");

        HtmlPage gated = browser.getPage("http://localhost/account");
        assertThat(gated.getUrl().getPath()).isEqualTo("/login");
        HtmlForm login = gated.getForms().stream().filter(f -> f.getActionAttribute().endsWith("/login")).findFirst().orElseThrow();
        login.getInputByName("email").type(email);
        login.getInputByName("password").type(PASSWORD);
        HtmlPage back = login.getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(back.getUrl().getPath()).isEqualTo("/account");
        assertThat(back.asNormalizedText()).contains("Anjali Nair");
    }

    @Test
    void resetsForgottenPasswordThroughTheMailedLink() throws Exception {
        String email = newEmail();
        HtmlPage register = browser.getPage("http://localhost/register");
        HtmlForm form = register.getForms().get(0);
        form.getInputByName("name").type("Anjali Nair");
        form.getInputByName("email").type(email);
        form.getInputByName("password").type(PASSWORD);
        form.getOneHtmlElementByAttribute("button", "type", "submit").click();
        browser.getCookieManager().clearCookies();

        HtmlPage login = browser.getPage("http://localhost/login");
        HtmlPage forgot = login.getAnchorByText("Forgot password?").click();
        HtmlForm request = forgot.getForms().stream().filter(f -> f.getActionAttribute().endsWith("/forgot-password")).findFirst().orElseThrow();
        request.getInputByName("email").type(email);
        HtmlPage requested = request.getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(requested.asNormalizedText()).contains("If an account uses that address");

        String link = jdbc.sql("SELECT text_body FROM outbox WHERE recipient = :email AND template = 'password-reset'")
                .param("email", email).query(String.class).single()
                .replaceAll("(?s).*(https://news\\.example\\.test/reset-password\\?token=[A-Za-z0-9_-]+).*", "$1");
        HtmlPage reset = browser.getPage(link.replace("https://news.example.test", "http://localhost"));
        HtmlForm choose = reset.getForms().stream().filter(f -> f.getActionAttribute().endsWith("/reset-password")).findFirst().orElseThrow();
        choose.getInputByName("password").type("my fresh long passphrase");
        HtmlPage done = choose.getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(done.asNormalizedText()).contains("Your password is changed");

        HtmlPage again = browser.getPage(link.replace("https://news.example.test", "http://localhost"));
        assertThat(again.asNormalizedText()).contains("invalid, already used or expired");
    }
}
