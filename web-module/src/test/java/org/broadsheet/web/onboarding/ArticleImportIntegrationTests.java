package org.broadsheet.web.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.broadsheet.auth.Role;
import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.AccessRuleDraft;
import org.broadsheet.content.AccessRuleKind;
import org.broadsheet.content.AccessRules;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleImage;
import org.broadsheet.content.Newsdesk;
import org.broadsheet.web.ApiReaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Articles moved in from a feed and a JSON export through the staff API, filed through the newsdesk. */
@ImportContext
class ArticleImportIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ImportDriver imports;
    @Autowired
    Newsdesk newsdesk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessRules rules;

    private ApiReaders.ApiReader editor;

    @BeforeEach
    void setUp() throws Exception {
        editor = imports.staff(Role.EDITOR);
    }

    @Test
    void importsASampleFeedIntoSanitizedParagraphsAndLeavesItAloneTheSecondTime() throws Exception {
        String feed = new ClassPathResource("onboarding/sample-feed.xml").getContentAsString(StandardCharsets.UTF_8);

        UUID job = imports.startArticles(editor, "application/rss+xml", feed);

        JsonNode done = imports.completed(editor, job);
        assertThat(done.get("counts").get("imported").asInt()).isEqualTo(2);
        assertThat(done.get("counts").get("rejected").asInt()).isEqualTo(1);
        assertThat(imports.report(editor, job)).extracting(ImportDriver.Line::line, ImportDriver.Line::item,
                        ImportDriver.Line::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "monsoon-arrives-early-in-kerala", "IMPORTED"),
                        org.assertj.core.groups.Tuple.tuple(2, "markets-close-higher-on-bank-shares", "IMPORTED"),
                        org.assertj.core.groups.Tuple.tuple(3, "", "REJECTED"));
        assertThat(imports.report(editor, job).get(2).note()).isEqualTo("no headline");
        ArticleDraft monsoon = newsdesk.filed("monsoon-arrives-early-in-kerala").orElseThrow().draft();
        assertThat(monsoon.paragraphs()).containsExactly("The monsoon reached Kerala on Tuesday.",
                "Farmers welcomed the rain.", "Reservoirs are filling.", "Schools stay open.");
        assertThat(String.join(" ", monsoon.paragraphs())).doesNotContain("script", "cookie", "steal", "evil");
        assertThat(monsoon.summary()).isEqualTo("The monsoon reached the coast a week ahead of schedule.");
        assertThat(monsoon.section()).isEqualTo("news");
        assertThat(monsoon.topics()).containsExactly("weather", "kerala");
        assertThat(monsoon.authors()).containsExactly("anita-desai");
        assertThat(monsoon.publishedAt()).isEqualTo(Instant.parse("2024-06-04T08:00:00Z"));
        assertThat(monsoon.accessLevel()).isEqualTo(AccessLevel.METERED);
        assertThat(monsoon.image()).isEqualTo(new ArticleImage("https://old-platform.example.org/img/monsoon.jpg", null, null));
        assertThat(newsdesk.filed("markets-close-higher-on-bank-shares").orElseThrow().draft().paragraphs())
                .containsExactly("Bank shares led the rally.", "The index rose 1.2%.");
        mvc.perform(get("/api/v1/articles/monsoon-arrives-early-in-kerala"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.headline").value("Monsoon arrives early in Kerala"));

        UUID again = imports.startArticles(editor, "application/rss+xml", feed);

        assertThat(imports.completed(editor, again).get("counts").get("unchanged").asInt()).isEqualTo(2);
        assertThat(articlesWithSlug("monsoon-arrives-early-in-kerala")).isEqualTo(1);
    }

    @Test
    void importsAJsonExportKeepingGivenSlugsAndUpdatesTheSameArticleOnReimport() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String export = export(tag, "Budget " + tag + ": what changes");

        UUID job = imports.startArticles(editor, "application/json", export);

        imports.completed(editor, job);
        List<ImportDriver.Line> report = imports.report(editor, job);
        assertThat(report).extracting(ImportDriver.Line::outcome).containsExactly("IMPORTED", "IMPORTED", "REJECTED", "REJECTED");
        assertThat(report.get(2).note()).isEqualTo("bad slug \"Bad Slug!\" (lower-case letters, digits and dashes)");
        assertThat(report.get(3).note()).isEqualTo("duplicate slug of line 1");
        ArticleDraft budget = newsdesk.filed("budget-" + tag).orElseThrow().draft();
        assertThat(budget.paragraphs()).containsExactly("First.", "Second para.");
        assertThat(budget.summary()).isEqualTo("Tax slabs move.");
        assertThat(budget.section()).isEqualTo("business-" + tag);
        assertThat(budget.topics()).containsExactly("budget-" + tag, "tax");
        assertThat(budget.authors()).containsExactly("ravi-kumar-" + tag, "sara-thomas-" + tag);
        assertThat(budget.accessLevel()).isEqualTo(AccessLevel.PREMIUM);
        assertThat(budget.image()).isEqualTo(new ArticleImage("https://old-platform.example.org/b.jpg", "Parliament", null));
        ArticleDraft derived = newsdesk.filed("derived-slug-story-" + tag).orElseThrow().draft();
        assertThat(derived.accessLevel()).isEqualTo(AccessLevel.METERED);
        assertThat(derived.publishedAt()).isEqualTo(Instant.parse("2024-02-02T01:00:00Z"));

        UUID same = imports.startArticles(editor, "application/json", export);
        assertThat(imports.completed(editor, same).get("counts").get("unchanged").asInt()).isEqualTo(2);

        UUID changed = imports.startArticles(editor, "application/json", export(tag, "Budget " + tag + ": the full story"));
        imports.completed(editor, changed);
        assertThat(imports.report(editor, changed).get(0).outcome()).isEqualTo("UPDATED");
        assertThat(newsdesk.filed("budget-" + tag).orElseThrow().draft().headline()).isEqualTo("Budget " + tag + ": the full story");
        assertThat(articlesWithSlug("budget-" + tag)).isEqualTo(1);
    }

    @Test
    void filesAnImportedArticleAtItsSectionsDefaultLevel() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        imports.completed(editor, imports.startArticles(editor, "application/json", opinion(tag, "first")));
        rules.create(new AccessRuleDraft(AccessRuleKind.SECTION_DEFAULT, "Opinion " + tag + " is premium",
                "opinion-" + tag, null, null, AccessLevel.PREMIUM, null, null, null, null, null, null, null));

        imports.completed(editor, imports.startArticles(editor, "application/json", opinion(tag, "second")));

        assertThat(newsdesk.filed("first-" + tag).orElseThrow().draft().accessLevel()).isEqualTo(AccessLevel.METERED);
        assertThat(newsdesk.filed("second-" + tag).orElseThrow().draft().accessLevel()).isEqualTo(AccessLevel.PREMIUM);
        mvc.perform(get("/api/v1/articles/second-" + tag)).andExpect(status().isOk())
                .andExpect(jsonPath("$.access.granted").value(false))
                .andExpect(jsonPath("$.access.reason").value("SUBSCRIPTION_REQUIRED"));
    }

    @Test
    void refusesUrlsIntoTheLocalNetworkAndOtherSchemes() throws Exception {
        mvc.perform(post("/api/v1/staff/imports/articles").header("Authorization", editor.bearer())
                        .contentType("application/x-www-form-urlencoded").param("url", "http://127.0.0.1:8080/rss.xml").param("reason", "Moving in"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The URL points into a private or local network, which imports may not reach."));
        mvc.perform(post("/api/v1/staff/imports/articles").header("Authorization", editor.bearer())
                        .contentType("application/x-www-form-urlencoded").param("url", "file:///etc/passwd").param("reason", "Moving in"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Only http and https URLs can be imported."));
    }

    @Test
    void letsEditorsAndAdminsImportArticlesButNotSupportOrReaders() throws Exception {
        for (Role role : List.of(Role.READER, Role.SUPPORT)) {
            ApiReaders.ApiReader person = imports.staff(role);
            mvc.perform(post("/api/v1/staff/imports/articles").header("Authorization", person.bearer())
                            .contentType("application/json").param("reason", "Trying").content("[]"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/staff/imports").header("Authorization", person.bearer()))
                    .andExpect(status().isForbidden());
        }
        UUID job = imports.startArticles(imports.staff(Role.ADMIN), "application/json", "[]");
        assertThat(imports.completed(editor, job).get("total").asInt()).isZero();
    }

    private long articlesWithSlug(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM articles WHERE slug = :slug").param("slug", slug).query(Long.class).single();
    }

    private static String export(String tag, String headline) {
        return """
                {"articles": [
                  {"slug": "budget-%1$s", "headline": "%2$s", "summary": "<b>Tax</b> slabs move.",
                   "body": "<p>First.</p><p>Second <script>steal()</script>para.</p>",
                   "authors": ["Ravi Kumar %1$s", {"name": "Sara Thomas %1$s"}], "section": "Business %1$s",
                   "topics": ["Budget %1$s", "Tax"], "publishedAt": "2024-02-01T06:30:00Z",
                   "image": {"url": "https://old-platform.example.org/b.jpg", "caption": "Parliament"}, "accessLevel": "PREMIUM"},
                  {"headline": "Derived slug story %1$s", "body": "Plain text only", "section": "Business %1$s",
                   "publishedAt": "2024-02-02T06:30:00+05:30"},
                  {"slug": "Bad Slug!", "headline": "Bad", "body": "<p>x</p>"},
                  {"slug": "budget-%1$s", "headline": "Duplicate", "body": "<p>y</p>"}
                ]}""".formatted(tag, headline);
    }

    private static String opinion(String tag, String slug) {
        return """
                [{"slug": "%2$s-%1$s", "headline": "A view %2$s %1$s", "body": "<p>One.</p><p>Two.</p><p>Three.</p>",
                  "section": "Opinion %1$s", "publishedAt": "2024-03-01T06:30:00Z"}]""".formatted(tag, slug);
    }
}
