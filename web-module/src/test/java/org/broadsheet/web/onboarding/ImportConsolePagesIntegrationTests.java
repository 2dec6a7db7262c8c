package org.broadsheet.web.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.broadsheet.auth.Role;
import org.broadsheet.web.ApiReaders;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;

/** The console's import page in a browser without JavaScript: upload, a progress bar, and the report at the end. */
@ImportContext
class ImportConsolePagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ImportDriver imports;

    @TempDir
    Path files;

    private WebClient browser;

    @BeforeEach
    void openBrowser() {
        browser = MockMvcWebClientBuilder.mockMvcSetup(mvc).withDelegate(new WebClient()).build();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void showsAProgressBarWhileReadersImportAndTheReportLinkOnceDone() throws Exception {
        ApiReaders.ApiReader admin = imports.staff(Role.ADMIN);
        String domain = "@page-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        StringBuilder csv = new StringBuilder("email,name\n");
        for (int i = 0; i < 600; i++) {
            csv.append("page").append(i).append(domain).append(",Page Reader ").append(i).append('\n');
        }
        csv.append("broken-address,Broken\n");
        File upload = files.resolve("readers.csv").toFile();
        Files.writeString(upload.toPath(), csv, StandardCharsets.UTF_8);
        signIn(admin);

        HtmlPage importsPage = browser.getPage("http://localhost/staff/imports");
        HtmlForm form = importsPage.getHtmlElementById("reader-import-form");
        ((HtmlFileInput) form.getInputByName("file")).setFiles(upload);
        form.getInputByName("reason").setValue("Moving the publisher in");
        HtmlPage job = form.<HtmlButton>getOneHtmlElementByAttribute("button", "type", "submit").click();

        assertThat(job.getUrl().getPath()).startsWith("/staff/imports/");
        HtmlElement progress = job.getHtmlElementById("import-progress");
        assertThat(progress.getTagName()).isEqualTo("progress");
        assertThat(job.getHtmlElementById("import-job").getAttribute("data-progress-url")).endsWith("/progress");
        assertThat(job.getElementsByTagName("script")).anySatisfy(script ->
                assertThat(script.getAttribute("src")).contains("/js/import-progress"));
        HtmlPage finished = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> (HtmlPage) browser.getPage(job.getUrl()), page -> page.getElementById("import-report") != null);
        HtmlElement bar = finished.getHtmlElementById("import-progress");
        assertThat(bar.getAttribute("max")).isEqualTo("601");
        assertThat(bar.getAttribute("value")).isEqualTo("601");
        assertThat(finished.getElementById("import-reload")).isNull();
        assertThat(finished.asNormalizedText()).contains("COMPLETED", "Imported\n600", "Rejected\n1");

        Page report = finished.<HtmlAnchor>getHtmlElementById("import-report").click();

        String body = report.getWebResponse().getContentAsString();
        assertThat(report.getWebResponse().getContentType()).isEqualTo("text/csv");
        assertThat(body).startsWith("line,item,outcome,note").contains("602,broken-address,REJECTED,malformed email");
        assertThat(body.lines()).hasSize(602);
    }

    @Test
    void showsEditorsOnlyTheArticleImportAndSupportNothing() throws Exception {
        signIn(imports.staff(Role.EDITOR));
        HtmlPage page = browser.getPage("http://localhost/staff/imports");
        assertThat(page.getElementById("article-import-form")).isNotNull();
        assertThat(page.getElementById("reader-import-form")).isNull();
        browser.getCookieManager().clearCookies();

        signIn(imports.staff(Role.SUPPORT));
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        assertThat(browser.getPage("http://localhost/staff/imports").getWebResponse().getStatusCode()).isEqualTo(403);
    }

    private void signIn(ApiReaders.ApiReader person) throws Exception {
        HtmlPage login = browser.getPage("http://localhost/login");
        HtmlForm form = login.getForms().stream().filter(f -> f.getActionAttribute().endsWith("/login")).findFirst().orElseThrow();
        form.getInputByName("email").setValue(person.email());
        form.getInputByName("password").setValue(ApiReaders.PASSWORD);
        form.<HtmlButton>getOneHtmlElementByAttribute("button", "type", "submit").click();
    }
}
