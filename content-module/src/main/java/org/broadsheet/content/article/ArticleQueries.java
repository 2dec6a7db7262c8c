package org.broadsheet.content.article;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.broadsheet.content.ArticleFilter;
import org.broadsheet.content.ArticlePage;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.CatalogRef;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads articles into the module's views inside one read-only transaction each; collections are batch
 * fetched so a page costs a fixed number of queries, and summaries never touch paragraphs. A published
 * article's content and the catalog lists come from {@link ArticleCache} when fresh, without a transaction.
 */
@Component
@Transactional(readOnly = true)
public class ArticleQueries {

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final TopicRepository topics;
    private final AuthorRepository authors;
    private final ArticleCache cache;
    private final TransactionTemplate readOnly;

    ArticleQueries(ArticleRepository articles, SectionRepository sections, TopicRepository topics,
            AuthorRepository authors, ArticleCache cache, PlatformTransactionManager transactions) {
        this.cache = cache;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.articles = articles;
        this.sections = sections;
        this.topics = topics;
        this.authors = authors;
    }

    /** A page of published articles matching the filter (null means all), newest first. */
    public ArticlePage newest(ArticleFilter filter, int page, int size) {
        ArticleFilter f = filter == null ? ArticleFilter.all() : filter;
        Page<Article> found = articles.findNewest(Article.Status.PUBLISHED, blankToNull(f.section()),
                blankToNull(f.topic()), blankToNull(f.author()), Contribution.Role.WRITER, PageRequest.of(page, size));
        return new ArticlePage(found.getContent().stream().map(ArticleQueries::summaryOf).toList(), page, size,
                found.getTotalElements());
    }

    /** The summary of a published article; empty when unknown or unpublished. */
    public Optional<ArticleSummary> summary(String slug) {
        return articles.findBySlugAndStatus(slug, Article.Status.PUBLISHED).map(ArticleQueries::summaryOf);
    }

    /** Every published article, newest first. */
    public List<ArticleSummary> allPublished() {
        return articles.findAllByStatusNewestFirst(Article.Status.PUBLISHED).stream()
                .map(ArticleQueries::summaryOf).toList();
    }

    /** Up to {@code limit} published articles after {@code after} (null: from the first) in id order. */
    public List<ArticleSummary> publishedInIdOrderAfter(UUID after, int limit) {
        List<Article> found = after == null
                ? articles.findFirstInIdOrder(Article.Status.PUBLISHED, Limit.of(limit))
                : articles.findInIdOrderAfter(Article.Status.PUBLISHED, after, Limit.of(limit));
        return found.stream().map(ArticleQueries::summaryOf).toList();
    }

    /** The whole published article, body included; empty for an unknown or unpublished slug. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<ArticleContent> content(String slug) {
        return Optional.ofNullable(cache.get("content:" + slug, () -> readOnly.execute(status -> loadContent(slug))));
    }

    private ArticleContent loadContent(String slug) {
        return articles.findBySlugAndStatus(slug, Article.Status.PUBLISHED).map(a -> new ArticleContent(a.id(),
                a.slug(), a.headline(), a.summary(), a.section().ref(), refsOfTopics(a.topics()),
                refsOfAuthors(a.writers()), refsOfAuthors(a.editors()), a.dateline(), a.publishedAt(),
                a.updatedAt(), a.accessLevel(), a.image(), a.agencyCredit(),
                a.related().stream().filter(Article::published).map(ArticleQueries::summaryOf).toList(),
                List.copyOf(a.paragraphs()))).orElse(null);
    }

    /** Sections in navigation order. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<CatalogRef> sections() {
        return cache.get("sections", () -> readOnly.execute(status ->
                sections.findAllByOrderByPositionAscNameAsc().stream().map(Section::ref).toList()));
    }

    /** Topics by name. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<CatalogRef> topics() {
        return cache.get("topics", () -> readOnly.execute(status ->
                topics.findAllByOrderByNameAsc().stream().map(Topic::ref).toList()));
    }

    /** Authors and editors by name. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<CatalogRef> authors() {
        return cache.get("authors", () -> readOnly.execute(status ->
                authors.findAllByOrderByNameAsc().stream().map(Author::ref).toList()));
    }

    /** The section of this key; empty when unknown or null. */
    public Optional<CatalogRef> section(String key) {
        return key == null ? Optional.empty() : sections.findByKey(key).map(Section::ref);
    }

    /** The topic of this key; empty when unknown or null. */
    public Optional<CatalogRef> topic(String key) {
        return key == null ? Optional.empty() : topics.findByKey(key).map(Topic::ref);
    }

    /** The author of this key; empty when unknown or null. */
    public Optional<CatalogRef> author(String key) {
        return key == null ? Optional.empty() : authors.findByKey(key).map(Author::ref);
    }

    /** How many articles exist, published or not. */
    public long articleCount() {
        return articles.count();
    }

    static ArticleSummary summaryOf(Article a) {
        return new ArticleSummary(a.id(), a.slug(), a.headline(), a.summary(), a.section().ref(),
                refsOfTopics(a.topics()), refsOfAuthors(a.writers()), a.publishedAt(), a.updatedAt(),
                a.accessLevel(), a.image());
    }

    private static List<CatalogRef> refsOfTopics(List<Topic> topics) {
        return topics.stream().map(Topic::ref).toList();
    }

    private static List<CatalogRef> refsOfAuthors(List<Author> authors) {
        return authors.stream().map(Author::ref).toList();
    }

    private static String blankToNull(String key) {
        return key == null || key.isBlank() ? null : key;
    }
}
