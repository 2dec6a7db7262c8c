package org.broadsheet.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.Newsdesk;
import org.broadsheet.web.Articles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Three journeys in headless Chromium against the running application, one reader's story told in order:
 * (a) on a phone, an anonymous reader uses up the meter, meets the paywall, registers, verifies through the mailed
 * link, starts the trial through the local checkout and reads a PREMIUM story in full; (b) the reader saves the
 * story, finds it in Saved Articles, follows its topic, sees it in the feed with its "because" and signs out;
 * (c) a support agent finds the reader in the staff console and extends the trial with a reason.
 *
 * <p>The server listens on a free port picked before start-up so that {@code broadsheet.base-url} (used by mails
 * and the checkout redirect) is the address the browser really reaches.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "broadsheet.demo-data=false",
        "broadsheet.billing.jobs.enabled=false"})
@Import(Articles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderBrowserJourneyTests {

    private static final int PORT = freePort();
    private static final String BASE = "http://localhost:" + PORT;
    private static final String PASSWORD = "a long and private passphrase";
    private static final Pattern VERIFY_LINK = Pattern.compile(Pattern.quote(BASE) + "(/verify-email\\?token=[A-Za-z0-9_\\-]+)");

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("broadsheet.base-url", () -> BASE);
    }

    @Autowired
    Articles articles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReaderAccounts accounts;
    @Autowired
    Newsdesk newsdesk;

    private Browser phone;
    private final String readerEmail = "asha-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    private Articles.Published premium;

    @AfterAll
    void closeBrowser() throws IOException {
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    @Order(1)
    void anonymousReaderMeetsThePaywallRegistersVerifiesStartsTheTrialAndReadsPremiumOnAPhone() throws IOException {
        Articles.Desk desk = desk();
        List<Articles.Published> metered = List.of(
                story(AccessLevel.METERED, desk, "City council approves a new plan for the river embankment",
                        "The project promises walkways, flood defences and a cycle lane along six kilometres of the river.",
                        "/images/demo/politics.svg", "The river embankment near the old bridge, where work would begin."),
                story(AccessLevel.METERED, desk, "Monsoon arrives early over the southern coast",
                        "Forecasters expect a wetter season than usual, with heavy rain in the first fortnight.",
                        "/images/demo/science.svg", "Clouds gather over the coast on Monday afternoon."),
                story(AccessLevel.METERED, desk, "Rail operator adds night trains between the two largest cities",
                        "Four new overnight services start next month, with sleeper coaches and lower fares.",
                        "/images/demo/business.svg", "A sleeper coach at the depot before its first run."));
        Articles.Published fourth = story(AccessLevel.METERED, desk, "State budget raises spending on schools by a fifth",
                "The finance minister set aside more money for teachers, libraries and school meals.",
                "/images/demo/politics.svg", "The finance minister arrives at the assembly with the budget papers.");
        premium = story(AccessLevel.PREMIUM, desk, "Inside the count: how the election was decided in the last hour",
                "A close reading of the final results shows three constituencies that changed the outcome.",
                "/images/demo/world.svg", "Counting staff at work in a district hall late on Thursday.");
        phone = Browser.phone(BASE, "a-reader");

        phone.open("/");
        assertThat(phone.find("h1").getText()).isNotBlank();
        assertThat(phone.text()).contains("Login Now", "Subscribe Now");
        phone.check("home");

        for (int i = 0; i < 3; i++) {
            Articles.Published story = metered.get(i);
            phone.open(story.path());
            assertThat(phone.find("h1").getText()).isEqualTo(story.headline());
            assertThat(phone.text()).contains(story.paragraph(8));
            assertThat(phone.find(".meter-notice").getText()).isEqualTo(
                    (2 - i) == 1 ? "1 free article left this month" : (2 - i) + " free articles left this month");
            phone.check("metered-read-" + (i + 1));
        }

        phone.open(fourth.path());
        assertThat(phone.find(".paywall-box").getText())
                .contains("You have read all your free articles this month", "Start 14 Days Free Trial");
        assertThat(phone.text()).contains(fourth.paragraph(1), fourth.paragraph(2));
        String denied = phone.dom();
        for (int paragraph = 3; paragraph <= 8; paragraph++) {
            assertThat(denied).as("gated paragraph %d in the DOM", paragraph).doesNotContain(fourth.paragraph(paragraph));
        }
        phone.check("paywall");

        phone.clickAndWaitForNavigation(phone.find(".paywall-box a[href*='/subscribe']"));
        assertThat(phone.path()).isEqualTo("/subscribe");
        phone.check("subscribe-signed-out");

        phone.clickAndWaitForNavigation(phone.find("#plan-monthly .plan-signin a"));
        assertThat(phone.path()).isEqualTo("/register");
        phone.find("#name").sendKeys("Asha Menon");
        phone.find("#email").sendKeys(readerEmail);
        phone.find("#password").sendKeys(PASSWORD);
        phone.check("register-form");
        phone.clickAndWaitForNavigation(phone.find("main form button[type=submit]"));
        assertThat(phone.text()).contains("Asha Menon");
        phone.check("registered");

        String mail = jdbc.sql("SELECT text_body FROM outbox WHERE recipient = :r AND template = 'verification'")
                .param("r", readerEmail).query(String.class).single();
        Matcher link = VERIFY_LINK.matcher(mail);
        assertThat(link.find()).as("verification link in %s", mail).isTrue();
        phone.open(link.group(1));
        assertThat(phone.text()).contains(readerEmail + " is verified");
        phone.check("verified");

        phone.open("/subscribe");
        assertThat(phone.findAll(".plan-card")).hasSize(2);
        phone.check("plans");
        phone.clickAndWaitForNavigation(phone.find("#plan-monthly button[type=submit]"));
        assertThat(phone.path()).startsWith("/billing/local-checkout/");
        assertThat(phone.text()).contains("14 days");
        phone.check("local-checkout");
        phone.clickAndWaitForNavigation(phone.find("form.checkout-form button[type=submit]"));
        assertThat(phone.text()).contains("Your free trial has started");
        phone.check("trial-started");

        phone.open(premium.path());
        assertThat(phone.findAll(".paywall-box")).isEmpty();
        assertThat(phone.text()).contains(premium.paragraph(3), premium.paragraph(8));
        phone.check("premium-in-full");
    }

    @Test
    @Order(2)
    void readerSavesTheStoryFollowsItsTopicFindsItInTheFeedAndSignsOut() throws IOException {
        assertThat(premium).as("journey (a) ran first").isNotNull();
        phone.startJourney("b-reader");
        phone.open(premium.path());

        WebElement save = phone.find("form.reader-toggle[action*='/account/saved/'] button");
        assertThat(save.getText()).isEqualTo("Save Story");
        save.click();
        phone.waitUntil(d -> phone.find("form.reader-toggle[action*='/account/saved/'] button").getText().equals("Remove from Saved"));
        assertThat(phone.find("form.reader-toggle[action*='/account/saved/'] [role=status]").getText()).isEqualTo("Story Saved");
        phone.check("story-saved");

        // The reader menu opens from the keyboard.
        WebElement menu = phone.find(".reader-menu summary");
        menu.sendKeys(Keys.ENTER);
        phone.waitUntil(d -> phone.find(".reader-menu").getAttribute("open") != null);
        phone.check("reader-menu");
        phone.clickAndWaitForNavigation(phone.find(".reader-menu a[href$='/account/saved']"));
        assertThat(phone.find("h1").getText()).isEqualTo("Saved Articles");
        assertThat(phone.text()).contains(premium.headline());
        phone.check("saved-articles");

        phone.open(premium.path());
        String topic = premium.desk().topicName();
        WebElement follow = phone.find(".topic-links button[aria-label='Follow " + topic + "']");
        follow.click();
        phone.waitUntil(d -> phone.find(".topic-links form.reader-toggle button").getText().equals("Unfollow"));
        phone.check("topic-followed");

        phone.open("/feed");
        WebElement item = phone.findAll(".feed-list > li").stream()
                .filter(li -> li.getText().contains(premium.headline()))
                .findFirst().orElseThrow();
        assertThat(item.findElement(org.openqa.selenium.By.cssSelector(".because")).getText()).contains("You follow " + topic);
        phone.check("feed");

        phone.find(".reader-menu summary").click();
        phone.clickAndWaitForNavigation(phone.find(".reader-menu form[action$='/logout'] button"));
        assertThat(phone.text()).contains("You have signed out", "Login Now");
        phone.check("signed-out");
    }

    @Test
    @Order(3)
    void supportAgentFindsTheReaderAndExtendsTheTrialWithAReason() throws IOException {
        assertThat(accounts.findByEmail(readerEmail)).as("journey (a) registered the reader").isPresent();
        String agentEmail = "support-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID agent = accounts.register(agentEmail, PASSWORD, "Ravi Support").id();
        accounts.setRoles(agent, Set.of(Role.SUPPORT));

        try (Browser desk = Browser.desktop(BASE, "c-support")) {
            // The site on a laptop before signing in: the front page, and the paywall of a PREMIUM story.
            desk.open("/");
            desk.check("front-page-desktop");
            desk.open(premium.path());
            assertThat(desk.find(".paywall-box").getText()).contains("This story is for subscribers", "Start 14 Days Free Trial");
            assertThat(desk.dom()).doesNotContain(premium.paragraph(3)).doesNotContain(premium.paragraph(8));
            desk.check("premium-paywall-desktop");

            desk.open("/login?next=/staff/accounts");
            desk.find("#email").sendKeys(agentEmail);
            desk.find("#password").sendKeys(PASSWORD);
            desk.clickAndWaitForNavigation(desk.find("main form button[type=submit]"));
            assertThat(desk.path()).isEqualTo("/staff/accounts");
            desk.check("console-search");

            desk.find("#q").sendKeys(readerEmail);
            desk.clickAndWaitForNavigation(desk.find("form.staff-search button[type=submit]"));
            desk.check("search-results");
            desk.clickAndWaitForNavigation(desk.find("main table a[href*='/staff/accounts/']"));
            assertThat(desk.find("#subscription-status").getText()).isEqualTo("trialing");
            String trialEnds = desk.find("#trial-ends").getText();
            desk.check("reader-account");

            WebElement form = desk.find("#trial-form");
            form.findElement(org.openqa.selenium.By.name("days")).sendKeys("7");
            form.findElement(org.openqa.selenium.By.name("reason")).sendKeys("Reader could not sign in for a week");
            desk.clickAndWaitForNavigation(form.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")));
            assertThat(desk.find("[role=status]").getText()).isNotBlank();
            assertThat(desk.find("#trial-ends").getText()).isNotEqualTo(trialEnds);
            assertThat(desk.find("#account-audit").getText()).contains("Reader could not sign in for a week", agentEmail);
            desk.check("trial-extended");
        }
    }

    private Articles.Desk desk() {
        newsdesk.fileSection("politics", "Politics", 1);
        newsdesk.fileSection("business", "Business", 2);
        newsdesk.fileSection("science", "Science", 3);
        newsdesk.fileTopic("elections", "Elections");
        newsdesk.fileAuthor("priya-sharma", "Priya Sharma", null);
        newsdesk.fileAuthor("arjun-rao", "Arjun Rao", null);
        return new Articles.Desk("politics", "Politics", "elections", "Elections", "priya-sharma", "Priya Sharma",
                "arjun-rao", "Arjun Rao");
    }

    private Articles.Published story(AccessLevel level, Articles.Desk desk, String headline, String summary, String image,
            String caption) {
        Articles.Draft draft = articles.draft(level).on(desk).headline(headline, summary).image(image, caption);
        String[] body = {
                "Officials confirmed the decision on Tuesday evening after a meeting that ran for more than four hours.",
                "Residents who spoke to Broadsheet said they had waited years for a clear answer, and many welcomed it.",
                "The details published afterwards set out a timetable, a budget and the people responsible for each part.",
                "Critics argued that the plan leaves important questions open, especially about who pays when costs rise.",
                "Supporters pointed to similar projects elsewhere that finished on time and were popular once complete.",
                "An independent review is due within three months, and its findings will be made public in full.",
                "Until then, the work that can start without further approval will go ahead as planned.",
                "Broadsheet will follow the story as it develops and report on each decision as it is taken."};
        for (int i = 0; i < body.length; i++) {
            draft.paragraph(i + 1, body[i]);
        }
        return draft.publish();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the browser journeys", e);
        }
    }
}
