package org.broadsheet.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.broadsheet.auth.Role;
import org.broadsheet.content.AccessLevel;
import org.broadsheet.web.Articles;
import org.broadsheet.web.Visitor;
import org.broadsheet.web.account.Readers;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "done when": an editor makes Opinion premium for its first week and opens a free weekend for
 * Elections in the console, the preview explains each decision, and readers of the page and the API get exactly
 * those decisions. Also campaign links and the staff API.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:staff-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "broadsheet.billing.jobs.enabled=false",
        "broadsheet.time-zone=Asia/Kolkata"})
@AutoConfigureMockMvc
@Import({Articles.class, StaffPeople.class})
class AccessRulesIntegrationTests {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final String OPINION_RULE = "Opinion is premium for 7 days";
    private static final String ELECTIONS_RULE = "Free weekend for Elections";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffPeople people;
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
    void editorsRulesPreviewEachDecisionAndReadersGetExactlyThose() throws Exception {
        Articles.Desk opinion = articles.desk();
        Articles.Desk elections = articles.desk();
        Instant now = Instant.now();
        Articles.Published fresh = articles.draft(AccessLevel.METERED).on(opinion)
                .publishedAt(now.minus(2, ChronoUnit.DAYS)).publish();
        Articles.Published older = articles.draft(AccessLevel.METERED).on(opinion)
                .publishedAt(now.minus(10, ChronoUnit.DAYS)).publish();
        Articles.Published vote = articles.draft(AccessLevel.PREMIUM).on(elections)
                .publishedAt(now.minus(1, ChronoUnit.DAYS)).publish();
        StaffPeople.Person editor = people.register(mvc, Role.EDITOR);
        signIn(editor);

        HtmlPage page = browser.getPage("http://localhost/staff/access-rules");
        assertThat(page.getElementById("precedence").asNormalizedText()).startsWith("1. Promotion window");
        HtmlForm form = page.getHtmlElementById("rule-form");
        form.getSelectByName("kind").setSelectedAttribute("TIME", true);
        form.getInputByName("name").setValue(OPINION_RULE);
        form.getSelectByName("section").setSelectedAttribute(opinion.section(), true);
        form.getSelectByName("levelBefore").setSelectedAttribute("PREMIUM", true);
        form.getSelectByName("level").setSelectedAttribute("METERED", true);
        form.getInputByName("days").setValue("7");
        form.getInputByName("reason").setValue("Opinion leads our subscriptions");
        page = submit(form);
        assertThat(page.getElementById("rule-list").asNormalizedText()).contains(OPINION_RULE);

        form = page.getHtmlElementById("rule-form");
        form.getSelectByName("kind").setSelectedAttribute("PROMOTION", true);
        form.getInputByName("name").setValue(ELECTIONS_RULE);
        form.getSelectByName("section").setSelectedAttribute(elections.section(), true);
        form.getInputByName("startsAt").setValue(local(now.minus(1, ChronoUnit.HOURS)));
        form.getInputByName("endsAt").setValue(local(now.plus(2, ChronoUnit.DAYS)));
        form.getInputByName("reason").setValue("Counting weekend: everyone reads the results");
        page = submit(form);
        assertThat(page.getElementById("rule-list").asNormalizedText()).contains(ELECTIONS_RULE);

        assertThat(preview(page, fresh.slug(), "ANONYMOUS", ""))
                .contains("for an anonymous visitor", "PREMIUM because of rule '" + OPINION_RULE + "'",
                        "denied (SUBSCRIPTION_REQUIRED)");
        assertThat(preview(page, fresh.slug(), "SUBSCRIBER", ""))
                .contains("PREMIUM because of rule '" + OPINION_RULE + "'", "granted (SUBSCRIPTION)");
        assertThat(preview(page, older.slug(), "ANONYMOUS", ""))
                .contains("METERED because of rule '" + OPINION_RULE + "'", "granted (METER)");
        assertThat(preview(page, fresh.slug(), "REGISTERED", local(now.plus(6, ChronoUnit.DAYS))))
                .contains("METERED because of rule '" + OPINION_RULE + "'", "granted (METER)");
        assertThat(preview(page, vote.slug(), "ANONYMOUS", ""))
                .contains("granted (FREE) by rule '" + ELECTIONS_RULE + "'");
        assertThat(preview(page, vote.slug(), "ANONYMOUS", local(now.plus(3, ChronoUnit.DAYS))))
                .contains("PREMIUM (the article's own level)", "denied (SUBSCRIPTION_REQUIRED)");

        JsonNode freshApi = api(new Visitor(), fresh.slug());
        assertThat(freshApi.get("accessLevel").asString()).isEqualTo("PREMIUM");
        assertThat(freshApi.at("/access/reason").asString()).isEqualTo("SUBSCRIPTION_REQUIRED");
        assertThat(freshApi.at("/access/rule/name").asString()).isEqualTo(OPINION_RULE);
        assertThat(freshApi.get("paragraphs")).hasSize(2);
        JsonNode olderApi = api(new Visitor(), older.slug());
        assertThat(olderApi.at("/access/reason").asString()).isEqualTo("METER");
        assertThat(olderApi.at("/access/rule/kind").asString()).isEqualTo("TIME");
        JsonNode voteApi = api(new Visitor(), vote.slug());
        assertThat(voteApi.at("/access/reason").asString()).isEqualTo("FREE");
        assertThat(voteApi.at("/access/rule/name").asString()).isEqualTo(ELECTIONS_RULE);
        assertThat(voteApi.get("paragraphs")).hasSize(8);

        JsonNode listed = json.readTree(mvc.perform(get("/api/v1/articles").param("section", opinion.section()))
                .andReturn().getResponse().getContentAsString());
        java.util.Map<String, String> levels = new java.util.HashMap<>();
        listed.get("items").forEach(item -> levels.put(item.get("slug").asString(), item.get("accessLevel").asString()));
        assertThat(levels).containsEntry(fresh.slug(), "PREMIUM").containsEntry(older.slug(), "METERED");

        assertThat(html(fresh.path())).contains("paywall-box", fresh.paragraph(2)).doesNotContain(fresh.paragraph(3));
        assertThat(html(older.path())).contains(older.paragraph(8));
        assertThat(html(vote.path())).contains(vote.paragraph(8));

        StaffPeople.Person subscriber = people.register(mvc, Role.READER);
        people.startTrial(subscriber);
        JsonNode trial = json.readTree(mvc.perform(get("/api/v1/articles/" + fresh.slug())
                .header("Authorization", subscriber.bearer())).andReturn().getResponse().getContentAsString());
        assertThat(trial.at("/access/reason").asString()).isEqualTo("TRIAL");
        assertThat(trial.get("paragraphs")).hasSize(8);

        assertThat(jdbc.sql("SELECT reason FROM staff_audit WHERE action = 'access-rule-create' AND actor_id = ?")
                .param(editor.id()).query(String.class).list())
                .containsExactlyInAnyOrder("Opinion leads our subscriptions", "Counting weekend: everyone reads the results");
    }

    @Test
    void staffSeeTheDecidingRuleWhenAskedWhyAReaderCanRead() throws Exception {
        Articles.Desk opinion = articles.desk();
        Articles.Published column = articles.draft(AccessLevel.FREE).on(opinion).publish();
        StaffPeople.Person editor = people.register(mvc, Role.EDITOR);
        createRule(editor, """
                {"kind":"SECTION_DEFAULT","name":"Columns are for subscribers","section":"%s","level":"PREMIUM",
                 "reason":"Paywall the columns"}""".formatted(opinion.section()));
        StaffPeople.Person support = people.register(mvc, Role.SUPPORT);
        StaffPeople.Person reader = people.register(mvc, Role.READER);

        JsonNode answer = json.readTree(mvc.perform(get("/api/v1/staff/accounts/" + reader.id() + "/access/" + column.slug())
                .header("Authorization", support.bearer())).andReturn().getResponse().getContentAsString());
        assertThat(answer.get("reason").asString()).isEqualTo("SUBSCRIPTION_REQUIRED");
        assertThat(answer.at("/rule/name").asString()).isEqualTo("Columns are for subscribers");

        signIn(support);
        HtmlPage account = browser.getPage("http://localhost/staff/accounts/" + reader.id() + "?slug=" + column.slug());
        assertThat(account.getElementById("access-rule").asNormalizedText()).contains("Columns are for subscribers");
    }

    @Test
    void opensOneArticleThroughACampaignLinkUntilItExpiresOrIsDeleted() throws Exception {
        Articles.Desk desk = articles.desk();
        Articles.Published story = articles.draft(AccessLevel.PREMIUM).on(desk).publish();
        Articles.Published other = articles.draft(AccessLevel.PREMIUM).on(desk).publish();
        StaffPeople.Person editor = people.register(mvc, Role.EDITOR);
        JsonNode campaign = createRule(editor, """
                {"kind":"CAMPAIGN","name":"Partner newsletter","article":"%s","endsAt":"%s","reason":"Partner swap"}"""
                .formatted(story.slug(), local(Instant.now().plus(1, ChronoUnit.DAYS))));
        String url = campaign.get("campaignUrl").asString();
        String token = url.substring(url.indexOf("campaign=") + "campaign=".length());
        StaffPeople.Person reader = people.register(mvc, Role.READER);

        JsonNode opened = json.readTree(mvc.perform(get("/api/v1/articles/" + story.slug()).param("campaign", token)
                .header("Authorization", reader.bearer())).andReturn().getResponse().getContentAsString());
        assertThat(opened.at("/access/reason").asString()).isEqualTo("FREE");
        assertThat(opened.at("/access/rule/kind").asString()).isEqualTo("CAMPAIGN");
        assertThat(opened.at("/access/meter/used").asInt()).isZero();
        assertThat(opened.get("paragraphs")).hasSize(8);
        JsonNode elsewhere = json.readTree(mvc.perform(get("/api/v1/articles/" + other.slug()).param("campaign", token)
                .header("Authorization", reader.bearer())).andReturn().getResponse().getContentAsString());
        assertThat(elsewhere.at("/access/granted").asBoolean()).isFalse();
        assertThat(html(story.path() + "?campaign=" + token)).contains(story.paragraph(8));

        JsonNode expired = createRule(editor, """
                {"kind":"CAMPAIGN","name":"Last month's partner","article":"%s","endsAt":"%s","reason":"Old swap"}"""
                .formatted(story.slug(), local(Instant.now().minus(1, ChronoUnit.HOURS))));
        String stale = expired.get("campaignUrl").asString();
        assertThat(api(new Visitor(), story.slug() + "?campaign=" + stale.substring(stale.indexOf("campaign=") + 9))
                .at("/access/granted").asBoolean()).isFalse();

        mvc.perform(delete("/api/v1/staff/access-rules/" + campaign.get("id").asString())
                .header("Authorization", editor.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Partnership over\"}"));
        assertThat(api(new Visitor(), story.slug() + "?campaign=" + token).at("/access/granted").asBoolean()).isFalse();
    }

    @Test
    void refusesARuleWithoutAReasonOrForAnUnknownSection() throws Exception {
        StaffPeople.Person editor = people.register(mvc, Role.EDITOR);

        MvcResult noReason = mvc.perform(post("/api/v1/staff/access-rules").header("Authorization", editor.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"SECTION_DEFAULT\",\"name\":\"x\",\"section\":\"nowhere\",\"level\":\"PREMIUM\"}"))
                .andReturn();
        MvcResult unknown = mvc.perform(post("/api/v1/staff/access-rules").header("Authorization", editor.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(
                        "{\"kind\":\"SECTION_DEFAULT\",\"name\":\"x\",\"section\":\"nowhere\",\"level\":\"PREMIUM\",\"reason\":\"r\"}"))
                .andReturn();

        assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(noReason.getResponse().getContentAsString()).contains("\"field\":\"reason\"");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(unknown.getResponse().getContentAsString()).contains("\"field\":\"section\"");
    }

    private JsonNode createRule(StaffPeople.Person editor, String body) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/staff/access-rules").header("Authorization", editor.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return json.readTree(result.getResponse().getContentAsString());
    }

    private JsonNode api(Visitor visitor, String slugAndQuery) throws Exception {
        MvcResult result = visitor.remember(mvc.perform(get("/api/v1/articles/" + slugAndQuery).with(visitor)).andReturn());
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString());
    }

    private String html(String path) throws Exception {
        Visitor visitor = new Visitor();
        return visitor.remember(mvc.perform(get(path).with(visitor)).andReturn()).getResponse().getContentAsString();
    }

    private static String preview(HtmlPage page, String slug, String reader, String at) throws Exception {
        HtmlForm form = page.getHtmlElementById("preview-form");
        form.getInputByName("slug").setValue(slug);
        form.getSelectByName("reader").setSelectedAttribute(reader, true);
        form.getInputByName("at").setValue(at);
        HtmlPage answered = form.<HtmlButton>getOneHtmlElementByAttribute("button", "type", "submit").click();
        return answered.getElementById("preview-result").asNormalizedText();
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return form.<HtmlButton>getOneHtmlElementByAttribute("button", "type", "submit").click();
    }

    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, KOLKATA).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private void signIn(StaffPeople.Person person) throws Exception {
        HtmlPage login = browser.getPage("http://localhost/login");
        HtmlForm form = login.getForms().stream().filter(f -> f.getActionAttribute().endsWith("/login")).findFirst().orElseThrow();
        form.getInputByName("email").setValue(person.email());
        form.getInputByName("password").setValue(Readers.PASSWORD);
        form.<HtmlButton>getOneHtmlElementByAttribute("button", "type", "submit").click();
    }
}
