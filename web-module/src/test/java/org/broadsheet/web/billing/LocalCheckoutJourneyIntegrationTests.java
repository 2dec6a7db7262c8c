package org.broadsheet.web.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.broadsheet.billing.EntitlementSource;
import org.broadsheet.billing.Entitlements;
import org.broadsheet.web.support.SignedInReader;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:web-billing-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "broadsheet.billing.jobs.enabled=false",
        "broadsheet.base-url=http://localhost"})
@Import(Readers.Mapping.class)
class LocalCheckoutJourneyIntegrationTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Entitlements entitlements;

    private WebClient browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void startsTheFreeTrialFromTheSubscribePageThroughTheLocalCheckout() throws Exception {
        SignedInReader reader = Readers.verified();
        browser = browserOf(reader);

        HtmlPage subscribe = browser.getPage("http://localhost/subscribe");
        assertThat(subscribe.getBody().asNormalizedText()).contains("Start 14 Days Free Trial");
        HtmlPage checkout = subscribe.<HtmlButton>querySelector("#plan-monthly button").click();

        assertThat(checkout.getUrl().getPath()).startsWith("/billing/local-checkout/lcs_");
        assertThat(checkout.getBody().asNormalizedText())
                .contains("Test checkout — for demos and development; no real payment")
                .contains("Monthly")
                .contains("Your free trial lasts 14 days");
        assertThat(checkout.getElementById("cardNumber")).isNotNull();
        assertThat(checkout.getElementById("expiry")).isNotNull();
        assertThat(checkout.getElementById("cvc")).isNotNull();

        HtmlPage success = checkout.<HtmlButton>querySelector("form.form button").click();
        assertThat(success.getUrl().getPath()).isEqualTo("/billing/success");
        assertThat(success.getBody().asNormalizedText()).contains("Your free trial has started");

        HtmlPage account = browser.getPage("http://localhost/account/subscription");
        assertThat(account.getElementById("subscription-status").getAttribute("data-status")).isEqualTo("trialing");
        assertThat(account.getElementById("subscription-status").asNormalizedText()).isEqualTo("Free trial");
        assertThat(account.getElementById("subscription-trial-end")).isNotNull();
        assertThat(entitlements.of(reader.accountId()).source()).isEqualTo(EntitlementSource.TRIAL);

        HtmlPage subscribeAgain = browser.getPage("http://localhost/subscribe");
        assertThat(subscribeAgain.getBody().asNormalizedText()).contains("You are already subscribed.");
        assertThat(subscribeAgain.querySelectorAll("form[action='/subscribe']")).isEmpty();
    }

    @Test
    void showsADeclinedTestCardAndStartsNothing() throws Exception {
        SignedInReader reader = Readers.verified();
        browser = browserOf(reader);
        HtmlPage checkout = browser.<HtmlPage>getPage("http://localhost/subscribe")
                .<HtmlButton>querySelector("#plan-annual button").click();
        checkout.<org.htmlunit.html.HtmlInput>querySelector("#cardNumber").setValue("4000 0000 0000 0002");
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);

        HtmlPage declined = checkout.<HtmlButton>querySelector("form.form button").click();

        assertThat(declined.getBody().asNormalizedText()).contains("The test card was declined.");
        assertThat(entitlements.of(reader.accountId()).active()).isFalse();
    }

    @Test
    void cancelsAndResumesFromTheSubscriptionPage() throws Exception {
        SignedInReader reader = Readers.verified();
        browser = browserOf(reader);
        HtmlPage checkout = browser.<HtmlPage>getPage("http://localhost/subscribe")
                .<HtmlButton>querySelector("#plan-monthly button").click();
        checkout.<HtmlButton>querySelector("form.form button").click();

        HtmlPage account = browser.getPage("http://localhost/account/subscription");
        HtmlPage cancelled = account.<HtmlButton>querySelector("form[action='/account/subscription/cancel'] button").click();
        assertThat(cancelled.getBody().asNormalizedText()).contains("Your subscription will end at the end of the current period.");
        assertThat(entitlements.of(reader.accountId()).active()).isTrue();

        HtmlPage resumed = cancelled.<HtmlButton>querySelector("form[action='/account/subscription/resume'] button").click();
        assertThat(resumed.getBody().asNormalizedText()).contains("Your subscription will continue.");
    }

    @Test
    void sendsSignedOutVisitorsToSignInFromTheSubscribePage() throws Exception {
        browser = MockMvcWebClientBuilder.mockMvcSetup(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build()).build();

        HtmlPage subscribe = browser.getPage("http://localhost/subscribe");

        assertThat(subscribe.getAnchors()).anySatisfy(a -> assertThat(a.getHrefAttribute()).isEqualTo("/login?next=/subscribe"));
        assertThat(subscribe.querySelectorAll("form[action='/subscribe']")).isEmpty();
    }

    private WebClient browserOf(SignedInReader reader) {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .defaultRequest(get("/").with(Readers.signedIn(reader)))
                .apply(springSecurity())
                .build();
        return MockMvcWebClientBuilder.mockMvcSetup(mvc).build();
    }
}
