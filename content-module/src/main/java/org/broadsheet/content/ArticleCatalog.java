package org.broadsheet.content;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** Published articles, sections, topics and authors; newest first. Throws nothing for unknown keys: empty. */
@Service
public class ArticleCatalog {

    /** One page (from 0) of published articles matching the filter, newest first; never any body text. */
    public ArticlePage latest(ArticleFilter filter, int page, int size) {
        return new ArticlePage(List.of(), page, size, 0);
    }

    /** The summary of a published article; empty for an unknown or unpublished slug. */
    public Optional<ArticleSummary> summary(String slug) {
        return Optional.empty();
    }

    /** Every section, in the newsroom's order. */
    public List<CatalogRef> sections() {
        return List.of();
    }

    /** Every topic, by name. */
    public List<CatalogRef> topics() {
        return List.of();
    }

    /** Every author, by name. */
    public List<CatalogRef> authors() {
        return List.of();
    }

    /** The section with this key; empty when unknown. */
    public Optional<CatalogRef> section(String key) {
        return Optional.empty();
    }

    /** The topic with this key; empty when unknown. */
    public Optional<CatalogRef> topic(String key) {
        return Optional.empty();
    }

    /** The author with this key; empty when unknown. */
    public Optional<CatalogRef> author(String key) {
        return Optional.empty();
    }

    /** Every published article, newest first, for the sitemap. */
    public List<ArticleSummary> allForSitemap() {
        return List.of();
    }
}
