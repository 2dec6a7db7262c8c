package org.broadsheet.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.broadsheet.auth.Role;
import org.broadsheet.web.Articles;
import org.broadsheet.web.account.Readers;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;

/** The console in a browser without JavaScript: signed in through the login form, with real accounts. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:staff-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "broadsheet.billing.jobs.enabled=false",
        "broadsheet.time-zone=Asia/Kolkata"})
@AutoConfigureMockMvc
@Import({Articles.class, StaffPeople.class})
class StaffConsolePagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffPeople people;
    @Autowired
    Articles articles;
    @Autowired
    JdbcClient jdbc;

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
    void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/staff/accounts")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        mvc.perform(get("/staff")).andExpect(status().is3xxRedirection());
    }

    @Test
    void forbidsTheConsoleToReadersAndAccountPagesToEditors() throws Exception {
        StaffPeople.Person reader = people.register(mvc, Role.READER);
        signIn(reader);
        assertThat(statusOf("/staff")).isEqualTo(403);
        assertThat(statusOf("/staff/accounts")).isEqualTo(403);
        browser.close();

        openBrowser();
        StaffPeople.Person editor = people.register(mvc, Role.EDITOR);
        signIn(editor);
        assertThat(statusOf("/staff/accounts?q=a")).isEqualTo(403);
        assertThat(statusOf("/staff/operations")).isEqualTo(403);
        assertThat(statusOf("/staff/articles")).isEqualTo(200);
    }

    @Test
    void supportFindsAReaderSeesWhyPremiumIsClosedAndOpensItWithAComp() throws Exception {
        StaffPeople.Person support = people.register(mvc, Role.SUPPORT);
        StaffPeople.Person reader = people.register(mvc, Role.READER);
        Articles.Published premium = articles.premium();
        signIn(support);

        HtmlPage search = browser.getPage("http://localhost/staff/accounts?q=" + reader.email());
        HtmlPage account = search.getAnchorByText(reader.email()).click();
        assertThat(text(account, "#entitlement-source")).isEqualTo("NONE");
        assertThat(text(account, "#entitlement-explanation")).contains("No subscription, trial, grace period or comp is active");
        assertThat(text(account, "#lock-state")).isEqualTo("open");
        assertThat(text(account, "#verification")).isEqualTo("not verified");

        HtmlPage checked = check(account, premium.slug());
        assertThat(text(checked, "#access-decision")).isEqualTo("denied");
        assertThat(text(checked, "#access-reason")).isEqualTo("SUBSCRIPTION_REQUIRED");

        HtmlForm comp = checked.getHtmlElementById("comp-form");
        comp.getInputByName("until").setValue(LocalDate.now().plusDays(5).toString());
        comp.getInputByName("reason").setValue("Reader wrote in: press pass");
        HtmlPage comped = comp.<HtmlButton>getOneHtmlElementByAttribute("button", "type", "submit").click();

        assertThat(comped.asNormalizedText()).contains("Comp granted until");
        assertThat(text(comped, "#entitlement-source")).isEqualTo("COMP");
        assertThat(text(comped, "#entitlement-explanation")).contains("granted by " + support.email())
                .contains("Reader wrote in: press pass");
        assertThat(text(comped, "#account-audit")).contains("comp").contains(support.email());
        assertThat(text(comped, "#timeline")).contains("Signed up as " + reader.email()).contains("Staff comp by");

        HtmlPage opened = check(comped, premium.slug());
        assertThat(text(opened, "#access-decision")).isEqualTo("granted");
        assertThat(text(opened, "#access-reason")).isEqualTo("COMP");
    }

    @Test
    void refusesAConsoleActionWithoutAReasonAndAuditsNothing() throws Exception {
        StaffPeople.Person support = people.register(mvc, Role.SUPPORT);
        StaffPeople.Person reader = people.register(mvc, Role.READER);
        signIn(support);
        HtmlPage account = browser.getPage("http://localhost/staff/accounts/" + reader.id());
        HtmlForm lock = account.getHtmlElementById("lock-form");
        lock.getInputByName("reason").removeAttribute("required");

        HtmlPage refused = lock.<HtmlButton>getOneHtmlElementByAttribute("button", "type", "submit").click();

        assertThat(refused.asNormalizedText()).contains("Not done: reason is required");
        assertThat(text(refused, "#lock-state")).isEqualTo("open");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_audit WHERE account_id = :a").param("a", reader.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void dashboardShowsTheFiguresOfKnownDays() throws Exception {
        StaffPeople.Person admin = people.register(mvc, Role.ADMIN);
        // 2031-05-01..07 in Asia/Kolkata: two trials on May 2, one converted on May 5, one annual paid on May 3
        subscription("active", "monthly", "2031-05-02T04:00:00Z", "2031-05-05T04:00:00Z", null, "2031-05-02T04:00:00Z");
        subscription("canceled", "monthly", "2031-05-02T05:00:00Z", "2031-05-16T05:00:00Z", "2031-05-04T05:00:00Z", "2031-05-02T05:00:00Z");
        subscription("active", "annual", null, null, null, "2031-05-03T06:00:00Z");
        for (int i = 0; i < 3; i++) {
            checkout("2031-05-02T03:0" + i + ":00Z");
        }
        count("2031-05-01", "paywall-shown", 40);
        count("2031-05-02", "paywall-shown", 60);
        count("2031-05-06", "meter-exhausted", 9);
        signIn(admin);

        HtmlPage dashboard = browser.getPage("http://localhost/staff?days=7&to=2031-05-07");

        assertThat(rows(dashboard, "#funnel tbody tr")).containsExactly(
                List.of("Paywall shown", "100", "100.0%"), List.of("Checkout started", "3", "3.0%"),
                List.of("Trial started", "2", "2.0%"), List.of("Paid", "2", "2.0%"));
        assertThat(rows(dashboard, "#trials-started tbody tr")).contains(List.of("May 2", "2"), List.of("May 3", "0"));
        assertThat(rows(dashboard, "#trials-converted tbody tr")).contains(List.of("May 5", "1"));
        assertThat(rows(dashboard, "#cancellations tbody tr")).contains(List.of("May 4", "1"));
        assertThat(rows(dashboard, "#active-subscribers tbody tr")).contains(List.of("May 3", "1"), List.of("May 5", "2"));
        assertThat(rows(dashboard, "#mrr tbody tr")).contains(List.of("May 3", "249.92"), List.of("May 7", "548.92"));
        assertThat(rows(dashboard, "#meter-exhausted tbody tr")).contains(List.of("May 6", "9"), List.of("May 7", "0"));
        assertThat(dashboard.querySelectorAll("#trials-started svg rect")).hasSize(7);
    }

    @Test
    void adminReplaysAFailedWebhookEventFromTheOperationsPage() throws Exception {
        StaffPeople.Person admin = people.register(mvc, Role.ADMIN);
        String eventId = "evt_failed_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO billing_webhook_event (event_id, type, payload, received_at, status, attempts, next_attempt_at, last_error)
                VALUES (:id, 'plan.created', '{}', :now, 'DEAD', 12, :now, 'IllegalStateException: provider down')""")
                .param("id", eventId).param("now", Timestamp.from(Instant.now())).update();
        signIn(admin);

        HtmlPage operations = browser.getPage("http://localhost/staff/operations?failed=true");
        assertThat(text(operations, "#webhook-events")).contains(eventId).contains("DEAD").contains("provider down");
        HtmlForm replay = operations.getForms().stream().filter(f -> f.getActionAttribute().contains(eventId)).findFirst().orElseThrow();
        replay.getInputByName("reason").setValue("Provider is back");
        HtmlPage replayed = replay.<HtmlButton>getOneHtmlElementByAttribute("button", "type", "submit").click();

        assertThat(replayed.asNormalizedText()).contains("Event " + eventId + " replayed: IGNORED");
        assertThat(jdbc.sql("SELECT status FROM billing_webhook_event WHERE event_id = :id").param("id", eventId)
                .query(String.class).single()).isEqualTo("IGNORED");
        assertThat(jdbc.sql("SELECT reason FROM staff_audit WHERE action = 'webhook-replay' AND actor_id = :a")
                .param("a", admin.id()).query(String.class).list()).containsExactly("Provider is back");
        assertThat(text(replayed, "#outbox")).contains(admin.email());
    }

    @Test
    void editorWritesPreviewsAndPublishesAnArticleThroughTheForm() throws Exception {
        StaffPeople.Person editor = people.register(mvc, Role.EDITOR);
        Articles.Desk desk = articles.desk();
        String headline = "Harbour reopens after storm " + UUID.randomUUID().toString().substring(0, 6);
        signIn(editor);

        HtmlPage form = browser.getPage("http://localhost/staff/articles/new");
        HtmlForm write = form.getForms().stream().filter(f -> f.getActionAttribute().endsWith("/staff/articles")).findFirst().orElseThrow();
        write.getInputByName("headline").setValue(headline);
        write.getTextAreaByName("summary").setText("Boats are back.");
        write.getSelectByName("section").setSelectedAttribute(desk.section(), true);
        write.getInputByName("topics").setValue(desk.topic());
        write.getInputByName("authors").setValue(desk.author());
        write.getSelectByName("accessLevel").setSelectedAttribute("PREMIUM", true);
        write.getTextAreaByName("paragraphs").setText("First paragraph.\n\nSecond paragraph.\n\nThird, behind the paywall.");
        HtmlPage saved = write.<HtmlButton>getOneHtmlElementByAttribute("button", "value", "false").click();
        assertThat(saved.asNormalizedText()).contains("Saved; not on the site.");
        String slug = saved.getUrl().getPath().replace("/staff/articles/", "").replace("/edit", "");
        assertThat(statusOfArticle(slug)).isEqualTo(404);

        HtmlPage preview = saved.getAnchorByText("Preview").click();
        assertThat(preview.asNormalizedText()).contains(headline).contains("Third, behind the paywall.");

        HtmlPage edit = browser.getPage("http://localhost/staff/articles/" + slug + "/edit");
        HtmlForm again = edit.getForms().stream().filter(f -> f.getActionAttribute().endsWith("/staff/articles/" + slug)).findFirst().orElseThrow();
        HtmlPage published = again.<HtmlButton>getOneHtmlElementByAttribute("button", "value", "true").click();
        assertThat(published.asNormalizedText()).contains("Published.");
        assertThat(statusOfArticle(slug)).isEqualTo(200);
        HtmlPage list = browser.getPage("http://localhost/staff/articles?section=" + desk.section());
        assertThat(text(list, "#article-list")).contains(headline).contains("published");
    }

    private int statusOfArticle(String slug) throws Exception {
        return mvc.perform(get("/api/v1/articles/{slug}", slug)).andReturn().getResponse().getStatus();
    }

    private void signIn(StaffPeople.Person person) throws Exception {
        HtmlPage login = browser.getPage("http://localhost/login");
        HtmlForm form = login.getForms().stream().filter(f -> f.getActionAttribute().endsWith("/login")).findFirst().orElseThrow();
        form.getInputByName("email").setValue(person.email());
        form.getInputByName("password").setValue(Readers.PASSWORD);
        form.<HtmlButton>getOneHtmlElementByAttribute("button", "type", "submit").click();
    }

    private int statusOf(String path) throws Exception {
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        return browser.getPage("http://localhost" + path).getWebResponse().getStatusCode();
    }

    private static HtmlPage check(HtmlPage account, String slug) throws Exception {
        HtmlForm form = ((org.htmlunit.html.HtmlInput) account.getElementById("slug")).getEnclosingForm();
        form.getInputByName("slug").setValue(slug);
        return form.<HtmlButton>getOneHtmlElementByAttribute("button", "type", "submit").click();
    }

    private static String text(HtmlPage page, String selector) {
        DomNode node = page.querySelector(selector);
        assertThat(node).as(selector).isNotNull();
        return node.asNormalizedText().trim();
    }

    private static List<List<String>> rows(HtmlPage page, String selector) {
        return page.querySelectorAll(selector).stream().map(row -> ((HtmlTableRow) row).getCells().stream()
                .map(cell -> cell.asNormalizedText().trim()).toList()).toList();
    }

    private void subscription(String status, String plan, String trialStart, String trialEnd, String endedAt, String createdAt) {
        jdbc.sql("""
                INSERT INTO billing_subscription (id, account_id, provider, subscription_id, status, plan_key, trial_start,
                  trial_end, cancel_at_period_end, ended_at, created_at, last_synced_at)
                VALUES (:id, :account, 'local', :sub, :status, :plan, :ts, :te, FALSE, :ended, :created, :created)""")
                .param("id", UUID.randomUUID()).param("account", UUID.randomUUID()).param("sub", "sub_" + UUID.randomUUID())
                .param("status", status).param("plan", plan).param("ts", ts(trialStart)).param("te", ts(trialEnd))
                .param("ended", ts(endedAt)).param("created", ts(createdAt)).update();
    }

    private void checkout(String at) {
        jdbc.sql("""
                INSERT INTO billing_checkout (id, account_id, provider, plan_key, session_id, url, trial_offered, created_at)
                VALUES (:id, :account, 'local', 'monthly', :session, 'http://x', TRUE, :at)""")
                .param("id", UUID.randomUUID()).param("account", UUID.randomUUID()).param("session", "cs_" + UUID.randomUUID())
                .param("at", ts(at)).update();
    }

    private void count(String day, String metric, long total) {
        jdbc.sql("INSERT INTO web_daily_count (count_day, metric, total) VALUES (:day, :metric, :total)")
                .param("day", Date.valueOf(day)).param("metric", metric).param("total", total).update();
    }

    private static Timestamp ts(String instant) {
        return instant == null ? null : Timestamp.from(Instant.parse(instant));
    }
}
