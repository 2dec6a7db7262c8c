package org.broadsheet.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An integrator opens the Swagger UI in headless Chromium: it renders the whole API under the docs' own
 * Content-Security-Policy with no console error (a blocked script or style would be one) and no failed request,
 * and an operation opens with its example.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:apidocs-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "broadsheet.demo-data=false",
        "broadsheet.billing.jobs.enabled=false"})
class ApiDocsBrowserJourneyTests {

    private static final int PORT = freePort();
    private static final String BASE = "http://localhost:" + PORT;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("broadsheet.base-url", () -> BASE);
    }

    @Test
    void showsEveryApiGroupAndAnOperationWithItsExample() throws IOException {
        try (Browser browser = Browser.desktop(BASE, "api-docs")) {
            browser.open("/swagger-ui.html");
            browser.waitUntil(d -> d.findElements(By.cssSelector(".opblock-tag")).size() >= 6);
            assertThat(browser.path()).isEqualTo("/swagger-ui/index.html");
            assertThat(browser.find(".info .title").getText()).contains("Broadsheet API");
            assertThat(browser.findAll(".opblock-tag")).extracting(tag -> tag.getText().lines().findFirst().orElse(""))
                    .containsExactly("Accounts", "Articles", "Reader", "Billing", "Staff", "Webhooks");
            browser.check("overview");

            browser.find("#operations-Accounts-register .opblock-summary-control").click();
            browser.waitUntil(d -> browser.text().contains("a long private phrase"));
            assertThat(browser.find("#operations-Accounts-register").getText()).contains("201", "400", "409");
            browser.check("register");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the browser journey", e);
        }
    }
}
