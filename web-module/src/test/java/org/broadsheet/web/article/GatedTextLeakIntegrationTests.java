package org.broadsheet.web.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.AccessRuleDraft;
import org.broadsheet.content.AccessRuleKind;
import org.broadsheet.content.AccessRules;
import org.broadsheet.web.Articles;
import org.broadsheet.web.Articles.Published;
import org.broadsheet.web.Visitor;
import org.broadsheet.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The promise of the paywall: a sentence planted in paragraph 5 of a METERED and of a PREMIUM article
 * reaches no response to a reader who is denied them, through any output — and does reach readers who are
 * granted them.
 */
@WebIntegrationTest
class GatedTextLeakIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Articles articles;

    @Autowired
    AccessRules rules;

    @Test
    void deniedReaderGetsTheMarkerInNoResponse() throws Exception {
        Articles.Desk desk = articles.desk();
        String meteredMarker = Articles.marker();
        String premiumMarker = Articles.marker();
        Published metered = articles.draft(AccessLevel.METERED).on(desk).paragraph(5, meteredMarker).publish();
        Published premium = articles.draft(AccessLevel.PREMIUM).on(desk).paragraph(5, premiumMarker).publish();
        Visitor visitor = new Visitor();
        useUpTheMeter(visitor);

        Map<String, String> responses = new LinkedHashMap<>();
        for (Published story : List.of(metered, premium)) {
            responses.put("page " + story.slug(), body(visitor, story.path()));
            responses.put("HEAD page " + story.slug(), visitor.remember(mvc.perform(head(story.path()).with(visitor)).andReturn())
                    .getResponse().getContentAsString());
            responses.put("api " + story.slug(), body(visitor, "/api/v1/articles/" + story.slug()));
        }
        for (String path : List.of("/", "/section/" + desk.section(), "/topic/" + desk.topic(), "/author/" + desk.author(),
                "/api/v1/articles", "/api/v1/articles?section=" + desk.section(), "/api/v1/articles?size=100",
                "/rss.xml", "/section/" + desk.section() + "/rss.xml", "/sitemap.xml", "/robots.txt")) {
            responses.put(path, body(visitor, path));
        }

        responses.forEach((what, body) -> assertThat(body).as(what).doesNotContain(meteredMarker, premiumMarker));
        assertThat(responses.get("page " + metered.slug())).contains("paywall-box", metered.paragraph(2));
        assertThat(responses.get("page " + premium.slug())).contains("paywall-box", premium.paragraph(2));
        assertThat(responses.get("api " + premium.slug())).contains("\"truncated\":true");
    }

    @Test
    void metaTagsAndJsonLdOfADeniedArticleCarryOnlyTheSummary() throws Exception {
        String marker = Articles.marker();
        Published premium = articles.draft(AccessLevel.PREMIUM).paragraph(5, marker).publish();

        String html = body(new Visitor(), premium.path());

        String head = html.substring(html.indexOf("<head"), html.indexOf("</head>"));
        assertThat(head).contains("og:description", "twitter:description", "application/ld+json", premium.summary());
        assertThat(head).doesNotContain(marker, premium.paragraph(1), premium.paragraph(3));
        String jsonLd = head.substring(head.indexOf("application/ld+json"));
        assertThat(jsonLd).doesNotContain("articleBody", marker);
    }

    @Test
    void grantedReadersGetTheMarker() throws Exception {
        String meteredMarker = Articles.marker();
        String premiumMarker = Articles.marker();
        Published metered = articles.draft(AccessLevel.METERED).paragraph(5, meteredMarker).publish();
        Published premium = articles.draft(AccessLevel.PREMIUM).paragraph(5, premiumMarker).publish();

        assertThat(body(new Visitor(), metered.path())).as("an anonymous reader's first metered read").contains(meteredMarker);
        assertThat(body(new Visitor(), "/api/v1/articles/" + metered.slug())).contains(meteredMarker);

        for (Published story : List.of(metered, premium)) {
            String page = mvc.perform(get(story.path()).with(user("editor@broadsheet.test").roles("EDITOR")))
                    .andReturn().getResponse().getContentAsString();
            String api = mvc.perform(get("/api/v1/articles/" + story.slug()).with(user("editor@broadsheet.test").roles("EDITOR")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as("staff page").contains(story.paragraph(5));
            assertThat(api).as("staff api").contains(story.paragraph(5));
        }
    }

    @Test
    void articlesGatedByRulesLeakTheMarkerNowhereAndOpenWhenARuleFreesThem() throws Exception {
        Map<Published, String> gated = new LinkedHashMap<>();
        Articles.Desk bySection = articles.desk();
        rules.create(rule(AccessRuleKind.SECTION_DEFAULT, "Leak: section premium", bySection.section(), null, null,
                AccessLevel.PREMIUM, null, null, null, null));
        gated.put(articles.draft(AccessLevel.FREE).on(bySection).paragraph(5, Articles.marker()).publish(), "section default");
        Articles.Desk byTopic = articles.desk();
        rules.create(rule(AccessRuleKind.TOPIC_DEFAULT, "Leak: topic registered", null, byTopic.topic(), null,
                AccessLevel.REGISTERED, null, null, null, null));
        gated.put(articles.draft(AccessLevel.FREE).on(byTopic).paragraph(5, Articles.marker()).publish(), "topic default");
        Articles.Desk byTime = articles.desk();
        rules.create(rule(AccessRuleKind.TIME, "Leak: archive premium", byTime.section(), null, null,
                AccessLevel.PREMIUM, null, 30, null, null));
        gated.put(articles.draft(AccessLevel.FREE).on(byTime).publishedAt(java.time.Instant.now().minus(java.time.Duration.ofDays(40)))
                .paragraph(5, Articles.marker()).publish(), "time rule");
        Articles.Desk byMeter = articles.desk();
        rules.create(rule(AccessRuleKind.METER, "Leak: no free reads", byMeter.section(), null, null, null, null, null,
                0, null));
        gated.put(articles.draft(AccessLevel.METERED).on(byMeter).paragraph(5, Articles.marker()).publish(), "meter rule");
        Published pinned = articles.draft(AccessLevel.FREE).paragraph(5, Articles.marker()).publish();
        rules.create(rule(AccessRuleKind.ARTICLE_PIN, "Leak: pinned premium", null, null, pinned.slug(),
                AccessLevel.PREMIUM, null, null, null, null));
        gated.put(pinned, "article pin");
        Articles.Desk pastPromotion = articles.desk();
        rules.create(new AccessRuleDraft(AccessRuleKind.PROMOTION, "Leak: promotion over", pastPromotion.section(), null,
                null, null, null, null, null, null, null, LocalDateTime.parse("2020-01-01T00:00"),
                LocalDateTime.parse("2020-01-03T00:00")));
        gated.put(articles.draft(AccessLevel.PREMIUM).on(pastPromotion).paragraph(5, Articles.marker()).publish(),
                "promotion that ended");

        Visitor visitor = new Visitor();
        for (Map.Entry<Published, String> entry : gated.entrySet()) {
            Published story = entry.getKey();
            String marker = story.paragraph(5);
            Articles.Desk desk = story.desk();
            for (String path : List.of(story.path(), "/api/v1/articles/" + story.slug(), "/section/" + desk.section(),
                    "/topic/" + desk.topic(), "/api/v1/articles?section=" + desk.section(), "/rss.xml",
                    "/section/" + desk.section() + "/rss.xml", "/sitemap.xml")) {
                assertThat(body(visitor, path)).as(entry.getValue() + ": " + path).doesNotContain(marker);
            }
            assertThat(body(visitor, story.path())).as(entry.getValue()).contains("paywall-box", story.paragraph(2));
        }

        Articles.Desk freed = articles.desk();
        rules.create(rule(AccessRuleKind.SECTION_DEFAULT, "Leak: section free", freed.section(), null, null,
                AccessLevel.FREE, null, null, null, null));
        Published opened = articles.draft(AccessLevel.PREMIUM).on(freed).paragraph(5, Articles.marker()).publish();
        assertThat(body(visitor, opened.path())).contains(opened.paragraph(5));
    }

    private static AccessRuleDraft rule(AccessRuleKind kind, String name, String section, String topic, String article,
            AccessLevel level, AccessLevel before, Integer days, Integer anonymousLimit, Integer registeredLimit) {
        return new AccessRuleDraft(kind, name, section, topic, article, level, before, days, null, anonymousLimit,
                registeredLimit, null, null);
    }

    private void useUpTheMeter(Visitor visitor) throws Exception {
        List<Published> spent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            spent.add(articles.metered());
        }
        for (Published story : spent) {
            assertThat(body(visitor, story.path())).contains(story.paragraph(8));
        }
    }

    private String body(Visitor visitor, String path) throws Exception {
        MvcResult result = visitor.remember(mvc.perform(get(path).with(visitor)).andReturn());
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
