package org.broadsheet.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.VisitorIds;
import org.broadsheet.web.Articles;
import org.broadsheet.web.Articles.Published;
import org.broadsheet.web.WebIntegrationTest;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WebIntegrationTest
class ArticlePageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Articles articles;

    @Autowired
    JsonMapper json;

    WebClient browser;

    @BeforeEach
    void openBrowser() {
        browser = MockMvcWebClientBuilder.mockMvcSetup(mvc).build();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anonymousReaderReadsThreeMeteredArticlesThenMeetsThePaywall() throws IOException {
        List<Published> stories = List.of(articles.metered(), articles.metered(), articles.metered(), articles.metered());

        HtmlPage first = open(stories.get(0));
        Cookie visitor = browser.getCookieManager().getCookie(VisitorIds.COOKIE_NAME);
        assertThat(visitor).isNotNull();
        assertThat(visitor.isHttpOnly()).isTrue();
        assertThat(text(first, ".meter-notice")).isEqualTo("2 free articles left this month");
        assertThat(text(first, ".paywall")).contains(stories.get(0).paragraph(8));

        assertThat(text(open(stories.get(1)), ".meter-notice")).isEqualTo("1 free article left this month");
        assertThat(text(open(stories.get(2)), ".meter-notice")).isEqualTo("0 free articles left this month");
        assertThat(browser.getCookieManager().getCookie(VisitorIds.COOKIE_NAME).getValue())
                .as("the browser keeps its visitor cookie").isEqualTo(visitor.getValue());

        HtmlPage fourth = open(stories.get(3));
        String box = text(fourth, "section.paywall-box");
        assertThat(box).contains("Start 14 Days Free Trial", "Subscribe Now", "Already a subscriber? Login");
        assertThat(fourth.querySelectorAll(".meter-notice")).isEmpty();
        assertThat(fourth.querySelectorAll(".paywall")).isEmpty();
        assertThat(text(fourth, ".article-body")).contains(stories.get(3).paragraph(1), stories.get(3).paragraph(2));
        String html = fourth.getWebResponse().getContentAsString();
        for (int i = 3; i <= 8; i++) {
            assertThat(html).doesNotContain(stories.get(3).paragraph(i));
        }
        assertThat(link(fourth, "Start 14 Days Free Trial")).isEqualTo("/subscribe");
        assertThat(link(fourth, "Login")).isEqualTo("/login?next=%2Farticle%2F" + stories.get(3).slug());
    }

    @Test
    void rereadingAnArticleThisMonthDoesNotUseTheMeterAgain() throws IOException {
        Published story = articles.metered();

        assertThat(text(open(story), ".meter-notice")).isEqualTo("2 free articles left this month");
        assertThat(text(open(story), ".meter-notice")).isEqualTo("2 free articles left this month");
    }

    @Test
    void registeredArticleAsksAnonymousReaderToLoginOrRegister() throws IOException {
        Published story = articles.registered();

        HtmlPage page = open(story);

        String box = text(page, "section.paywall-box");
        assertThat(box).contains("Login Now", "Register").doesNotContain("Free Trial");
        assertThat(link(page, "Register")).isEqualTo("/register");
        assertThat(link(page, "Login Now")).isEqualTo("/login?next=%2Farticle%2F" + story.slug());
        assertThat(page.getWebResponse().getContentAsString()).doesNotContain(story.paragraph(3));
    }

    @Test
    void premiumArticleOffersTrialAndSubscriptionToAnonymousReader() throws IOException {
        Published story = articles.premium();

        HtmlPage page = open(story);

        assertThat(text(page, "section.paywall-box"))
                .contains("Start 14 Days Free Trial", "Subscribe Now", "Already a subscriber? Login");
        assertThat(page.getWebResponse().getContentAsString()).doesNotContain(story.paragraph(3));
    }

    @Test
    void jsonLdMarksTheGatedPartOfAPaywalledArticle() throws IOException {
        Published story = articles.premium();

        JsonNode ld = jsonLd(open(story));

        assertThat(ld.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asString()).isEqualTo(story.headline());
        assertThat(ld.get("description").asString()).isEqualTo(story.summary());
        assertThat(ld.get("isAccessibleForFree").asBoolean()).isFalse();
        assertThat(ld.get("hasPart").get("@type").asString()).isEqualTo("WebPageElement");
        assertThat(ld.get("hasPart").get("isAccessibleForFree").asBoolean()).isFalse();
        assertThat(ld.get("hasPart").get("cssSelector").asString()).isEqualTo(".paywall");
        assertThat(ld.get("author").get(0).get("name").asString()).isEqualTo(story.desk().authorName());
        assertThat(ld.get("publisher").get("name").asString()).isEqualTo("Broadsheet");
        assertThat(ld.get("mainEntityOfPage").get("@id").asString()).isEqualTo("http://localhost:8080" + story.path());
        assertThat(ld.has("articleBody")).isFalse();
    }

    @Test
    void jsonLdCallsAFreeArticleFreeWithoutAGatedPart() throws IOException {
        JsonNode ld = jsonLd(open(articles.free()));

        assertThat(ld.get("isAccessibleForFree").asBoolean()).isTrue();
        assertThat(ld.has("hasPart")).isFalse();
    }

    @Test
    @WithMockUser(username = "editor@broadsheet.test", roles = "EDITOR")
    void staffReaderSeesTheWholeStoryInsideThePaywallElement() throws IOException {
        Published story = articles.premium();

        HtmlPage page = open(story);

        assertThat(page.querySelectorAll("section.paywall-box")).isEmpty();
        assertThat(page.querySelectorAll(".meter-notice")).isEmpty();
        String gated = text(page, ".paywall");
        for (int i = 3; i <= 8; i++) {
            assertThat(gated).contains(story.paragraph(i));
        }
        assertThat(gated).doesNotContain(story.paragraph(2));
    }

    @Test
    void articlePageCarriesTheNewsroomsByline() throws IOException {
        Articles.Desk desk = articles.desk();
        Published story = articles.draft(AccessLevel.FREE).on(desk)
                .publishedAt(Instant.parse("2026-11-27T14:54:00Z")).publish();
        Published other = articles.draft(AccessLevel.FREE).on(desk).publish();
        articles.relate(story, other);

        HtmlPage page = open(story);

        assertThat(text(page, ".section-kicker")).isEqualTo(desk.sectionName());
        assertThat(text(page, "h1")).isEqualTo(story.headline());
        assertThat(text(page, ".standfirst")).isEqualTo(story.summary());
        assertThat(text(page, ".byline")).isEqualTo("Written by " + desk.authorName() + " | Edited by " + desk.editorName());
        assertThat(link(page, desk.authorName())).isEqualTo("/author/" + desk.author());
        assertThat(text(page, ".dateline")).contains("New Delhi", "Published Nov 27, 2026 08:24 PM IST",
                "Updated Nov 27, 2026 10:24 PM IST");
        assertThat(page.querySelector(".lead-image img").getAttributes().getNamedItem("alt").getNodeValue())
                .isEqualTo("Caption of " + story.slug());
        assertThat(text(page, ".lead-image figcaption")).isEqualTo("Caption of " + story.slug() + " (Broadsheet Photo)");
        assertThat(text(page, ".agency-credit")).isEqualTo("With inputs from Reuters");
        assertThat(link(page, desk.topicName())).isEqualTo("/topic/" + desk.topic());
        assertThat(text(page, ".also-read")).contains(other.headline());
        assertThat(link(page, "Share on X")).startsWith("https://twitter.com/intent/tweet?url=http%3A%2F%2Flocalhost%3A8080%2Farticle%2F");
        assertThat(link(page, "Share on WhatsApp")).startsWith("https://wa.me/?text=");
        assertThat(link(page, "Share on Facebook")).startsWith("https://www.facebook.com/sharer/sharer.php?u=");
        assertThat(link(page, "Share on LinkedIn")).startsWith("https://www.linkedin.com/sharing/share-offsite/?url=");
        assertThat(link(page, "Share by email")).startsWith("mailto:?subject=");
        assertThat(page.querySelectorAll("script:not([type='application/ld+json'])"))
                .as("only the site's own deferred scripts, nothing inline or third-party")
                .allSatisfy(script -> assertThat(((org.htmlunit.html.DomElement) script).getAttribute("src")).startsWith("/js/"));
        assertThat(page.getWebResponse().getResponseHeaderValue("Cache-Control")).isEqualTo("private, no-store");
        assertThat(page.querySelector("html").getAttributes().getNamedItem("lang").getNodeValue()).isEqualTo("en");
        assertThat(page.querySelectorAll("main#main")).isNotEmpty();
    }

    @Test
    void headMetaTellsSharersTheSummary() throws IOException {
        Published story = articles.premium();

        HtmlPage page = open(story);

        assertThat(meta(page, "property", "og:title")).isEqualTo(story.headline());
        assertThat(meta(page, "property", "og:description")).isEqualTo(story.summary());
        assertThat(meta(page, "property", "og:type")).isEqualTo("article");
        assertThat(meta(page, "property", "og:url")).isEqualTo("http://localhost:8080" + story.path());
        assertThat(meta(page, "property", "og:image")).isEqualTo("http://localhost:8080/images/" + story.slug() + ".jpg");
        assertThat(meta(page, "name", "twitter:description")).isEqualTo(story.summary());
        assertThat(page.querySelector("link[rel=canonical]").getAttributes().getNamedItem("href").getNodeValue())
                .isEqualTo("http://localhost:8080" + story.path());
    }

    @Test
    void homeAndCatalogPagesListHeadlinesWithSectionNavigation() throws IOException {
        Published story = articles.metered();
        Articles.Desk desk = story.desk();

        HtmlPage home = browser.getPage("http://localhost/");
        assertThat(home.asNormalizedText()).contains(story.headline());
        assertThat(text(home, "nav.sections-nav")).contains(desk.sectionName());

        for (String path : List.of("/section/" + desk.section(), "/topic/" + desk.topic(), "/author/" + desk.author())) {
            HtmlPage listing = browser.getPage("http://localhost" + path);
            assertThat(text(listing, "main")).as(path).contains(story.headline(), story.summary());
            assertThat(listing.getWebResponse().getContentAsString()).doesNotContain(story.paragraph(1));
        }
    }

    @Test
    void sectionPagePagesTwentyStoriesAtATime() throws IOException {
        Articles.Desk desk = articles.desk();
        Published oldest = articles.draft(AccessLevel.FREE).on(desk).publish();
        Published newest = null;
        for (int i = 0; i < 20; i++) {
            newest = articles.draft(AccessLevel.FREE).on(desk).publish();
        }

        HtmlPage first = browser.getPage("http://localhost/section/" + desk.section());
        assertThat(first.querySelectorAll("main .card-list > li")).hasSize(20);
        assertThat(text(first, "main")).contains(newest.headline()).doesNotContain(oldest.headline());

        HtmlPage second = first.getAnchorByText("Older stories").click();
        assertThat(second.querySelectorAll("main .card-list > li")).hasSize(1);
        assertThat(text(second, "main")).contains(oldest.headline());
        assertThat(second.getAnchorByText("Newer stories").getHrefAttribute()).isEqualTo("/section/" + desk.section() + "?page=0");
    }

    @Test
    void unknownSlugOrKeyShowsTheFriendlyNotFoundPage() throws IOException {
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        for (String path : List.of("/article/no-such-story", "/section/no-such-section", "/topic/none", "/author/nobody")) {
            HtmlPage page = browser.getPage("http://localhost" + path);
            assertThat(page.getWebResponse().getStatusCode()).as(path).isEqualTo(404);
            assertThat(text(page, "h1")).isEqualTo("Page not found");
            assertThat(page.getWebResponse().getContentAsString()).doesNotContain("Exception", "at org.");
        }
    }

    private HtmlPage open(Published story) throws IOException {
        try {
            return browser.getPage("http://localhost" + story.path());
        }
        catch (FailingHttpStatusCodeException ex) {
            throw new AssertionError("GET " + story.path() + " answered " + ex.getStatusCode(), ex);
        }
    }

    private JsonNode jsonLd(HtmlPage page) {
        DomNode script = page.querySelector("script[type='application/ld+json']");
        assertThat((Object) script).isNotNull();
        return json.readTree(script.getTextContent());
    }

    private static String text(HtmlPage page, String selector) {
        DomNode node = page.querySelector(selector);
        assertThat((Object) node).as(selector).isNotNull();
        return node.asNormalizedText().replaceAll("\\s+", " ").trim();
    }

    /** The href of the link with exactly this text inside the article (not the masthead). */
    private static String link(HtmlPage page, String text) {
        for (DomNode node : page.querySelectorAll("main a")) {
            if (node.asNormalizedText().trim().equals(text)) {
                return node.getAttributes().getNamedItem("href").getNodeValue();
            }
        }
        throw new AssertionError("No link '" + text + "' in the article");
    }

    private static String meta(HtmlPage page, String attribute, String name) {
        DomNode node = page.querySelector("meta[" + attribute + "='" + name + "']");
        assertThat((Object) node).as(name).isNotNull();
        return node.getAttributes().getNamedItem("content").getNodeValue();
    }
}
