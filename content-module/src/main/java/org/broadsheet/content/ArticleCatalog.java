package org.broadsheet.content;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.broadsheet.content.article.ArticleQueries;
import org.springframework.stereotype.Service;

/** Published articles, sections, topics and authors; newest first. Throws nothing for unknown keys: empty. */
@Service
public class ArticleCatalog {

    static final int MAX_PAGE_SIZE = 100;

    private final ArticleQueries queries;

    ArticleCatalog(ArticleQueries queries) {
        this.queries = queries;
    }

    /**
     * One page (from 0) of published articles matching the filter (null means all), newest first; never any body
     * text. A negative page counts as 0 and the size is held between 1 and 100.
     */
    public ArticlePage latest(ArticleFilter filter, int page, int size) {
        return queries.newest(filter, Math.max(0, page), Math.max(1, Math.min(MAX_PAGE_SIZE, size)));
    }

    /** The summary of a published article; empty for an unknown or unpublished slug. */
    public Optional<ArticleSummary> summary(String slug) {
        return slug == null ? Optional.empty() : queries.summary(slug);
    }

    /** Every section, in the newsroom's order. */
    public List<CatalogRef> sections() {
        return queries.sections();
    }

    /** Every topic, by name. */
    public List<CatalogRef> topics() {
        return queries.topics();
    }

    /** Every author and editor, by name. */
    public List<CatalogRef> authors() {
        return queries.authors();
    }

    /** The section with this key; empty when unknown or null. */
    public Optional<CatalogRef> section(String key) {
        return queries.section(key);
    }

    /** The topic with this key; empty when unknown or null. */
    public Optional<CatalogRef> topic(String key) {
        return queries.topic(key);
    }

    /** The author with this key; empty when unknown or null. */
    public Optional<CatalogRef> author(String key) {
        return queries.author(key);
    }

    /**
     * One chunk of every published article, in id order, never any body text: up to {@code limit} (held between
     * 1 and 1,000) articles whose id comes after {@code after} ({@code after} null: from the first). Exports read
     * the whole archive chunk by chunk with this, so memory stays bounded however large it is.
     */
    public List<ArticleSummary> publishedInIdOrderAfter(UUID after, int limit) {
        return queries.publishedInIdOrderAfter(after, Math.max(1, Math.min(1000, limit)));
    }

    /** Every published article, newest first, for the sitemap. */
    public List<ArticleSummary> allForSitemap() {
        return queries.allPublished();
    }
}
