package org.broadsheet.web.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.web.Articles;
import org.broadsheet.web.Articles.Published;
import org.broadsheet.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@WebIntegrationTest
class FeedIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Articles articles;

    @Test
    void siteFeedIsRssWithHeadlineLinkDateAndSummaryOnly() throws Exception {
        Published free = articles.free();
        Published premium = articles.premium();

        MvcResult result = mvc.perform(get("/rss.xml")).andReturn();

        assertThat(result.getResponse().getContentType()).startsWith("application/rss+xml");
        Document rss = xml(result);
        assertThat(rss.getDocumentElement().getTagName()).isEqualTo("rss");
        assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        for (Published story : List.of(free, premium)) {
            Element item = item(rss, story);
            assertThat(text(item, "link")).isEqualTo("http://localhost:8080" + story.path());
            assertThat(text(item, "description")).isEqualTo(story.summary());
            assertThat(text(item, "pubDate")).isNotBlank();
        }
        String body = result.getResponse().getContentAsString();
        for (Published story : List.of(free, premium)) {
            for (String paragraph : story.paragraphs()) {
                assertThat(body).doesNotContain(paragraph);
            }
        }
    }

    @Test
    void sectionFeedHoldsOnlyThatSection() throws Exception {
        Articles.Desk desk = articles.desk();
        Published inSection = articles.draft(AccessLevel.METERED).on(desk).publish();
        Published elsewhere = articles.metered();

        Document rss = xml(mvc.perform(get("/section/" + desk.section() + "/rss.xml")).andReturn());

        assertThat(titles(rss)).containsExactly(inSection.headline());
        assertThat(titles(rss)).doesNotContain(elsewhere.headline());
        assertThat(mvc.perform(get("/section/no-such-section/rss.xml")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void sitemapListsHomeSectionsAndEveryPublishedArticleWithLastmod() throws Exception {
        Published story = articles.premium();

        MvcResult result = mvc.perform(get("/sitemap.xml")).andReturn();

        assertThat(result.getResponse().getContentType()).startsWith("application/xml");
        Document sitemap = xml(result);
        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        List<String> locations = new ArrayList<>();
        Element storyUrl = null;
        NodeList urls = sitemap.getElementsByTagNameNS("*", "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = text(url, "loc");
            locations.add(loc);
            if (loc.endsWith(story.path())) {
                storyUrl = url;
            }
        }
        assertThat(locations).contains("http://localhost:8080/", "http://localhost:8080/section/" + story.desk().section(),
                "http://localhost:8080" + story.path());
        assertThat(storyUrl).isNotNull();
        assertThat(text(storyUrl, "lastmod")).isEqualTo(story.publishedAt().plusSeconds(7200).toString());
        assertThat(result.getResponse().getContentAsString()).doesNotContain(story.paragraph(1));
    }

    @Test
    void robotsAllowTheSiteButNotReadersPagesOrTheApi() throws Exception {
        MvcResult result = mvc.perform(get("/robots.txt")).andReturn();

        assertThat(result.getResponse().getContentType()).startsWith("text/plain");
        assertThat(result.getResponse().getContentAsString().lines().toList()).contains("User-agent: *", "Allow: /",
                "Disallow: /account", "Disallow: /staff", "Disallow: /api", "Sitemap: http://localhost:8080/sitemap.xml");
    }

    private static Element item(Document rss, Published story) {
        NodeList items = rss.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            if (story.headline().equals(text(item, "title"))) {
                return item;
            }
        }
        throw new AssertionError("No item for " + story.slug());
    }

    private static List<String> titles(Document rss) {
        List<String> titles = new ArrayList<>();
        NodeList items = rss.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            titles.add(text((Element) items.item(i), "title"));
        }
        return titles;
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagNameNS("*", child);
        if (nodes.getLength() == 0) {
            nodes = parent.getElementsByTagName(child);
        }
        assertThat(nodes.getLength()).as(child).isPositive();
        return nodes.item(0).getTextContent().trim();
    }

    private static Document xml(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                result.getResponse().getContentAsString().getBytes(StandardCharsets.UTF_8)));
    }
}
