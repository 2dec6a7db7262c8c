package org.broadsheet.web.feed;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.ArticleFilter;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.CatalogRef;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * RSS 2.0 of the latest stories, site-wide and per section. Items carry headline, link, date and the summary
 * only — never body text, whatever the article's access level — so a feed can never leak gated text.
 */
@Controller
class RssFeeds {

    static final int ITEMS = 30;
    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

    private final ArticleCatalog catalog;
    private final SiteProperties site;

    RssFeeds(ArticleCatalog catalog, SiteProperties site) {
        this.catalog = catalog;
        this.site = site;
    }

    @GetMapping("/rss.xml")
    ResponseEntity<String> site() throws FeedException {
        List<ArticleSummary> items = catalog.latest(ArticleFilter.all(), 0, ITEMS).items();
        return rss("Broadsheet", "The latest stories from Broadsheet", "/", items);
    }

    @GetMapping("/section/{key}/rss.xml")
    ResponseEntity<String> section(@PathVariable String key) throws FeedException {
        CatalogRef section = catalog.section(key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<ArticleSummary> items = catalog.latest(new ArticleFilter(section.key(), null, null), 0, ITEMS).items();
        return rss("Broadsheet: " + section.name(), "The latest " + section.name() + " stories from Broadsheet",
                "/section/" + section.key(), items);
    }

    private ResponseEntity<String> rss(String title, String description, String path, List<ArticleSummary> articles)
            throws FeedException {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(title);
        feed.setDescription(description);
        feed.setLink(site.absolute(path));
        feed.setLanguage("en");
        List<SyndEntry> entries = new ArrayList<>();
        for (ArticleSummary article : articles) {
            entries.add(entry(article));
        }
        feed.setEntries(entries);
        if (!articles.isEmpty() && articles.get(0).publishedAt() != null) {
            feed.setPublishedDate(Date.from(articles.get(0).publishedAt()));
        }
        return ResponseEntity.ok().contentType(RSS).body(new SyndFeedOutput().outputString(feed));
    }

    private SyndEntry entry(ArticleSummary article) {
        SyndEntry entry = new SyndEntryImpl();
        String link = site.absolute("/article/" + article.slug());
        entry.setTitle(article.headline());
        entry.setLink(link);
        entry.setUri(link);
        if (article.publishedAt() != null) {
            entry.setPublishedDate(Date.from(article.publishedAt()));
        }
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(article.summary());
        entry.setDescription(summary);
        if (article.section() != null) {
            com.rometools.rome.feed.synd.SyndCategory category = new com.rometools.rome.feed.synd.SyndCategoryImpl();
            category.setName(article.section().name());
            entry.setCategories(List.of(category));
        }
        return entry;
    }
}
