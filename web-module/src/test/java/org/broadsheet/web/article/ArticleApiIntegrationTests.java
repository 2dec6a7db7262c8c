package org.broadsheet.web.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.web.Articles;
import org.broadsheet.web.Articles.Published;
import org.broadsheet.web.Visitor;
import org.broadsheet.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WebIntegrationTest
class ArticleApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Articles articles;

    @Autowired
    JsonMapper json;

    @Test
    void listsArticlesOfASectionNewestFirstWithoutBody() throws Exception {
        Articles.Desk desk = articles.desk();
        Published older = articles.draft(AccessLevel.FREE).on(desk).publishedAt(Instant.parse("2026-11-20T10:00:00Z")).publish();
        Published newer = articles.draft(AccessLevel.PREMIUM).on(desk).publishedAt(Instant.parse("2026-11-28T17:40:00Z")).publish();

        JsonNode list = ok("/api/v1/articles?section=" + desk.section());

        assertThat(list.get("page").asInt()).isZero();
        assertThat(list.get("size").asInt()).isEqualTo(20);
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(slugs(list)).containsExactly(newer.slug(), older.slug());
        JsonNode item = list.get("items").get(0);
        assertThat(names(item)).containsExactlyInAnyOrder("slug", "headline", "summary", "section", "topics", "authors",
                "publishedAt", "accessLevel");
        assertThat(item.get("headline").asString()).isEqualTo(newer.headline());
        assertThat(item.get("summary").asString()).isEqualTo(newer.summary());
        assertThat(item.get("section").get("key").asString()).isEqualTo(desk.section());
        assertThat(item.get("section").get("name").asString()).isEqualTo(desk.sectionName());
        assertThat(item.get("topics").get(0).get("key").asString()).isEqualTo(desk.topic());
        assertThat(item.get("authors").get(0).get("name").asString()).isEqualTo(desk.authorName());
        assertThat(item.get("publishedAt").asString()).isEqualTo("2026-11-28T17:40:00Z");
        assertThat(item.get("accessLevel").asString()).isEqualTo("PREMIUM");
        assertThat(list.toString()).doesNotContain(newer.paragraph(1));
    }

    @Test
    void filtersByTopicAndAuthor() throws Exception {
        Articles.Desk desk = articles.desk();
        Published story = articles.draft(AccessLevel.METERED).on(desk).publish();
        articles.metered();

        assertThat(slugs(ok("/api/v1/articles?topic=" + desk.topic()))).containsExactly(story.slug());
        assertThat(slugs(ok("/api/v1/articles?author=" + desk.author()))).containsExactly(story.slug());
        assertThat(slugs(ok("/api/v1/articles?section=" + desk.section() + "&topic=" + desk.topic()
                + "&author=" + desk.author()))).containsExactly(story.slug());
        assertThat(ok("/api/v1/articles?topic=no-such-topic").get("total").asLong()).isZero();
    }

    @Test
    void pagesThroughAList() throws Exception {
        Articles.Desk desk = articles.desk();
        Published first = articles.draft(AccessLevel.FREE).on(desk).publish();
        Published second = articles.draft(AccessLevel.FREE).on(desk).publish();
        Published third = articles.draft(AccessLevel.FREE).on(desk).publish();

        JsonNode page0 = ok("/api/v1/articles?section=" + desk.section() + "&size=2&page=0");
        JsonNode page1 = ok("/api/v1/articles?section=" + desk.section() + "&size=2&page=1");

        assertThat(slugs(page0)).containsExactly(third.slug(), second.slug());
        assertThat(slugs(page1)).containsExactly(first.slug());
        assertThat(page1.get("page").asInt()).isEqualTo(1);
        assertThat(page1.get("size").asInt()).isEqualTo(2);
        assertThat(page1.get("total").asLong()).isEqualTo(3);
        assertThat(ok("/api/v1/articles?size=100").get("size").asInt()).isEqualTo(100);
    }

    @Test
    void rejectsMalformedPagingWithFieldErrors() throws Exception {
        assertFieldError("/api/v1/articles?size=101", "size");
        assertFieldError("/api/v1/articles?size=0", "size");
        assertFieldError("/api/v1/articles?page=-1", "page");
        assertFieldError("/api/v1/articles?size=abc", "size");
        assertFieldError("/api/v1/articles?page=x", "page");
    }

    @Test
    void detailOfAFreeArticleCarriesEveryField() throws Exception {
        Articles.Desk desk = articles.desk();
        Published story = articles.draft(AccessLevel.FREE).on(desk).publishedAt(Instant.parse("2026-11-28T17:40:00Z")).publish();

        MvcResult result = mvc.perform(get("/api/v1/articles/" + story.slug())).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-store");
        JsonNode detail = json.readTree(result.getResponse().getContentAsString());
        assertThat(names(detail)).contains("slug", "headline", "summary", "section", "topics", "authors", "editors",
                "dateline", "publishedAt", "accessLevel", "access", "paragraphs", "truncated");
        assertThat(detail.get("slug").asString()).isEqualTo(story.slug());
        assertThat(detail.get("headline").asString()).isEqualTo(story.headline());
        assertThat(detail.get("summary").asString()).isEqualTo(story.summary());
        assertThat(detail.get("section").get("key").asString()).isEqualTo(desk.section());
        assertThat(detail.get("topics").get(0).get("name").asString()).isEqualTo(desk.topicName());
        assertThat(detail.get("authors").get(0).get("key").asString()).isEqualTo(desk.author());
        assertThat(detail.get("editors").get(0).get("name").asString()).isEqualTo(desk.editorName());
        assertThat(detail.get("dateline").asString()).isEqualTo("New Delhi");
        assertThat(detail.get("publishedAt").asString()).isEqualTo("2026-11-28T17:40:00Z");
        assertThat(detail.get("accessLevel").asString()).isEqualTo("FREE");
        assertThat(detail.get("access").get("granted").asBoolean()).isTrue();
        assertThat(detail.get("access").get("reason").asString()).isEqualTo("FREE");
        assertThat(detail.get("paragraphs")).hasSize(8);
        assertThat(detail.get("paragraphs").get(7).asString()).isEqualTo(story.paragraph(8));
        assertThat(detail.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void meteredDetailCountsDownTheMeterThenTruncates() throws Exception {
        Visitor visitor = new Visitor();
        List<Published> stories = List.of(articles.metered(), articles.metered(), articles.metered(), articles.metered());

        for (int read = 1; read <= 3; read++) {
            JsonNode detail = detail(visitor, stories.get(read - 1));
            JsonNode access = detail.get("access");
            assertThat(access.get("granted").asBoolean()).isTrue();
            assertThat(access.get("reason").asString()).isEqualTo("METER");
            assertThat(access.get("meter").get("used").asInt()).isEqualTo(read);
            assertThat(access.get("meter").get("limit").asInt()).isEqualTo(3);
            assertThat(access.get("meter").get("remaining").asInt()).isEqualTo(3 - read);
            assertThat(detail.get("paragraphs")).hasSize(8);
            assertThat(detail.get("truncated").asBoolean()).isFalse();
        }

        JsonNode denied = detail(visitor, stories.get(3));
        assertThat(denied.get("access").get("granted").asBoolean()).isFalse();
        assertThat(denied.get("access").get("reason").asString()).isEqualTo("METER_EXHAUSTED");
        assertThat(denied.get("access").get("meter").get("remaining").asInt()).isZero();
        assertThat(denied.get("paragraphs")).hasSize(2);
        assertThat(denied.get("paragraphs").get(0).asString()).isEqualTo(stories.get(3).paragraph(1));
        assertThat(denied.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void deniesPremiumAndRegisteredArticlesWithTheirReasons() throws Exception {
        JsonNode premium = detail(new Visitor(), articles.premium());
        JsonNode registered = detail(new Visitor(), articles.registered());

        assertThat(premium.get("access").get("reason").asString()).isEqualTo("SUBSCRIPTION_REQUIRED");
        assertThat(premium.get("access").get("granted").asBoolean()).isFalse();
        assertThat(premium.get("truncated").asBoolean()).isTrue();
        assertThat(premium.get("paragraphs")).hasSize(2);
        assertThat(registered.get("access").get("reason").asString()).isEqualTo("SIGN_IN_REQUIRED");
        assertThat(registered.get("paragraphs")).hasSize(2);
    }

    @Test
    void staffReadPremiumWithoutAMeter() throws Exception {
        Published story = articles.premium();

        JsonNode detail = json.readTree(mvc.perform(get("/api/v1/articles/" + story.slug())
                .with(user("support@broadsheet.test").roles("SUPPORT"))).andReturn().getResponse().getContentAsString());

        assertThat(detail.get("access").get("granted").asBoolean()).isTrue();
        assertThat(detail.get("access").get("reason").asString()).isEqualTo("STAFF");
        assertThat(detail.get("access").get("meter").isNull()).isTrue();
        assertThat(detail.get("paragraphs")).hasSize(8);
    }

    @Test
    void unknownSlugIsANotFoundProblem() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/articles/no-such-story")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(result.getResponse().getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.has("type")).isTrue();
        assertThat(problem.get("title").asString()).isEqualTo("Not Found");
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception", "at org.", "trace");
    }

    private void assertFieldError(String path, String field) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        String body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).as(path).startsWith("application/problem+json");
        JsonNode problem = json.readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.has("type")).isTrue();
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("errors")).as(path).hasSize(1);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(body).as(path).doesNotContain("Exception", "at org.", "trace");
    }

    private JsonNode detail(Visitor visitor, Published story) throws Exception {
        MvcResult result = visitor.remember(mvc.perform(get("/api/v1/articles/" + story.slug()).with(visitor)).andReturn());
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString());
    }

    private JsonNode ok(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString());
    }

    private static List<String> slugs(JsonNode list) {
        return list.get("items").valueStream().map(item -> item.get("slug").asString()).toList();
    }

    private static List<String> names(JsonNode node) {
        return node.propertyNames().stream().toList();
    }
}
