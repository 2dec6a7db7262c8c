package org.broadsheet.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.broadsheet.content.article.ArticleQueries;
import org.broadsheet.content.rules.RuleBook;
import org.broadsheet.content.rules.RuleBooks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Published articles, sections, topics and authors; newest first. Throws nothing for unknown keys: empty. */
@Service
public class ArticleCatalog {

    static final int MAX_PAGE_SIZE = 100;

    private final ArticleQueries queries;
    private final ObjectProvider<RuleBooks> rules;
    private final ObjectProvider<Clock> clocks;

    /** {@code rules} may be absent (slices without the rules): then every article has its own level. */
    ArticleCatalog(ArticleQueries queries, ObjectProvider<RuleBooks> rules, ObjectProvider<Clock> clocks) {
        this.queries = queries;
        this.rules = rules;
        this.clocks = clocks;
    }

    /**
     * One page (from 0) of published articles matching the filter (null means all), newest first; never any body
     * text. A negative page counts as 0 and the size is held between 1 and 100. Each {@code accessLevel} is the
     * level the access rules give the article now, as the article page decides it.
     */
    public ArticlePage latest(ArticleFilter filter, int page, int size) {
        ArticlePage found = queries.newest(filter, Math.max(0, page), Math.max(1, Math.min(MAX_PAGE_SIZE, size)));
        RuleBook book = book();
        Instant now = clocks.getIfAvailable(Clock::systemUTC).instant();
        return new ArticlePage(found.items().stream().map(item -> underRules(item, book, now)).toList(), found.page(),
                found.size(), found.total());
    }

    /**
     * The summary of a published article, its {@code accessLevel} as the access rules give it now; empty for an
     * unknown or unpublished slug.
     */
    public Optional<ArticleSummary> summary(String slug) {
        return slug == null ? Optional.empty() : queries.summary(slug)
                .map(item -> underRules(item, book(), clocks.getIfAvailable(Clock::systemUTC).instant()));
    }

    private RuleBook book() {
        RuleBooks books = rules.getIfAvailable();
        return books == null ? RuleBook.EMPTY : books.current();
    }

    private static ArticleSummary underRules(ArticleSummary item, RuleBook book, Instant now) {
        AccessLevel level = AccessPolicy.level(AccessRules.facts(item), now, book).level();
        return level == item.accessLevel() ? item : new ArticleSummary(item.id(), item.slug(), item.headline(),
                item.summary(), item.section(), item.topics(), item.authors(), item.publishedAt(), item.updatedAt(), level,
                item.image());
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
