package org.broadsheet.web.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.web.Articles;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole reader journey across every module, with real accounts (no test principals): the anonymous
 * meter, registration, the mailed verification link, sign-in (the anonymous meter follows the reader),
 * the free trial through the local checkout, PREMIUM access with reason TRIAL, and the trial mail once.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:journey;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "broadsheet.billing.jobs.enabled=false",
        "broadsheet.base-url=http://localhost"})
@AutoConfigureMockMvc
@Import(Articles.class)
class SubscriberJourneyIntegrationTests {

    private static final Pattern VERIFY_LINK = Pattern.compile("http://localhost(/verify-email\\?token=[A-Za-z0-9_\\-]+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    Articles articles;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
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
    void anonymousReaderRegistersVerifiesStartsTheTrialAndReadsPremiumInFull() throws Exception {
        List<Articles.Published> metered = List.of(articles.metered(), articles.metered(), articles.metered());
        Articles.Published premium = articles.premium();
        String email = "journey-" + System.nanoTime() + "@example.org";

        // Two free reads as an anonymous visitor.
        for (int i = 0; i < 2; i++) {
            HtmlPage page = browser.getPage("http://localhost" + metered.get(i).path());
            assertThat(page.asNormalizedText()).contains(metered.get(i).paragraph(5));
        }

        // Registration signs the reader in; the browser's two reads now count toward the account's meter.
        HtmlPage register = browser.getPage("http://localhost/register");
        HtmlForm form = register.getForms().stream().filter(f -> f.getActionAttribute().endsWith("/register")).findFirst().orElseThrow();
        form.getInputByName("name").setValue("Journey Reader");
        form.getInputByName("email").setValue(email);
        form.getInputByName("password").setValue("a long and private passphrase");
        HtmlPage registered = form.<HtmlButton>getOneHtmlElementByAttribute("button", "type", "submit").click();
        assertThat(registered.getWebResponse().getStatusCode()).isEqualTo(200);

        // The mailed verification link verifies the email.
        String mailText = jdbc.sql("SELECT text_body FROM outbox WHERE recipient = :r AND template = 'verification'")
                .param("r", email).query(String.class).single();
        Matcher link = VERIFY_LINK.matcher(mailText);
        assertThat(link.find()).as("verification link in %s", mailText).isTrue();
        browser.getPage("http://localhost" + link.group(1));

        // The app signs in with a token and sees the adopted meter: 2 anonymous reads + this one.
        String token = tokenFor(email);
        mvc.perform(get("/api/v1/articles/{slug}", metered.get(2).slug()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.access.granted").value(true))
                .andExpect(jsonPath("$.access.reason").value("METER"))
                .andExpect(jsonPath("$.access.meter.used").value(3))
                .andExpect(jsonPath("$.access.meter.limit").value(5));
        mvc.perform(get("/api/v1/articles/{slug}", premium.slug()).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.access.granted").value(false))
                .andExpect(jsonPath("$.access.reason").value("SUBSCRIPTION_REQUIRED"))
                .andExpect(jsonPath("$.truncated").value(true));

        // The free trial through the local checkout, in the browser.
        HtmlPage subscribe = browser.getPage("http://localhost/subscribe");
        assertThat(subscribe.asNormalizedText()).contains("Start 14 Days Free Trial");
        HtmlPage checkout = subscribe.<HtmlButton>querySelector("#plan-monthly button").click();
        assertThat(checkout.getUrl().getPath()).startsWith("/billing/local-checkout/");
        HtmlPage success = checkout.<HtmlButton>querySelector("form.form button").click();
        assertThat(success.asNormalizedText()).contains("Your free trial has started");

        // PREMIUM opens in full, on the page and in the API, with reason TRIAL.
        HtmlPage article = browser.getPage("http://localhost" + premium.path());
        assertThat(article.asNormalizedText()).contains(premium.paragraph(5));
        assertThat(article.querySelectorAll(".paywall-box")).isEmpty();
        mvc.perform(get("/api/v1/articles/{slug}", premium.slug()).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.access.granted").value(true))
                .andExpect(jsonPath("$.access.reason").value("TRIAL"))
                .andExpect(jsonPath("$.truncated").value(false))
                .andExpect(jsonPath("$.paragraphs[4]").value(premium.paragraph(5)));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.emailVerified").value(true))
                .andExpect(jsonPath("$.entitlement.active").value(true))
                .andExpect(jsonPath("$.entitlement.source").value("TRIAL"))
                .andExpect(jsonPath("$.entitlement.until").isNotEmpty());

        // A second checkout is refused while the trial runs; the trial mail went out once.
        mvc.perform(post("/api/v1/billing/checkout").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"plan\":\"annual\"}"))
                .andExpect(status().isConflict());
        Long trialMails = jdbc.sql("SELECT COUNT(*) FROM outbox WHERE recipient = :r AND template = 'billing-trial-started'")
                .param("r", email).query(Long.class).single();
        assertThat(trialMails).isEqualTo(1L);
    }

    @Test
    void registeredReaderWithoutEntitlementMeetsTheRegisteredMeterAndPremiumGate() throws Exception {
        Articles.Published registeredOnly = articles.draft(AccessLevel.REGISTERED).publish();
        String email = "meter-" + System.nanoTime() + "@example.org";
        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"a long and private passphrase\",\"name\":\"Meter Reader\"}"))
                .andExpect(status().isCreated());
        String token = tokenFor(email);

        mvc.perform(get("/api/v1/articles/{slug}", registeredOnly.slug()))
                .andExpect(jsonPath("$.access.reason").value("SIGN_IN_REQUIRED"));
        mvc.perform(get("/api/v1/articles/{slug}", registeredOnly.slug()).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.access.granted").value(true))
                .andExpect(jsonPath("$.access.reason").value("REGISTERED"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.entitlement.active").value(false))
                .andExpect(jsonPath("$.entitlement.source").value("NONE"));
    }

    private String tokenFor(String email) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"a long and private passphrase\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode node = json.readTree(body);
        return node.get("token").asString();
    }
}
