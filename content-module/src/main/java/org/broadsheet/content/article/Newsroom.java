package org.broadsheet.content.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticlePublished;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.FiledArticle;
import org.broadsheet.content.CatalogRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Files sections, topics, authors and articles: the write side used by demo seeding and editors' tools. */
@Component
@Transactional
public class Newsroom {

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final TopicRepository topics;
    private final AuthorRepository authors;
    private final ApplicationEventPublisher events;
    private final ArticleCache cache;

    Newsroom(ArticleRepository articles, SectionRepository sections, TopicRepository topics,
            AuthorRepository authors, ApplicationEventPublisher events, ArticleCache cache) {
        this.cache = cache;
        this.articles = articles;
        this.sections = sections;
        this.topics = topics;
        this.authors = authors;
        this.events = events;
    }

    /** Creates the section or renames it; its position orders navigation. */
    public CatalogRef section(String key, String name, int position) {
        cache.changed();
        Section section = sections.findByKey(key).orElseGet(() -> sections.save(new Section(key, name, position)));
        section.rename(name);
        return section.ref();
    }

    /** Creates the topic or renames it. */
    public CatalogRef topic(String key, String name) {
        cache.changed();
        Topic topic = topics.findByKey(key).orElseGet(() -> topics.save(new Topic(key, name)));
        topic.rename(name);
        return topic.ref();
    }

    /** Creates the author or updates name and bio (bio may be null). */
    public CatalogRef author(String key, String name, String bio) {
        cache.changed();
        Author author = authors.findByKey(key).orElseGet(() -> authors.save(new Author(key, name, bio)));
        author.describe(name, bio);
        return author.ref();
    }

    /**
     * Creates or rewrites the article with the draft's slug and publishes it.
     *
     * @throws IllegalArgumentException when the draft names an unknown section, topic or author
     */
    public UUID publish(ArticleDraft draft) {
        return file(draft, true);
    }

    /**
     * Creates or rewrites the article with the draft's slug; publishes it when {@code publish}, else keeps it
     * (or takes it) off the site.
     *
     * @throws IllegalArgumentException when the draft names an unknown section, topic or author
     */
    public UUID file(ArticleDraft draft, boolean publish) {
        cache.changed();
        Section section = sections.findByKey(draft.section())
                .orElseThrow(() -> new IllegalArgumentException("unknown section " + draft.section()));
        Article article = articles.findBySlug(draft.slug()).orElseGet(() -> new Article(draft.slug(), section));
        article.write(draft.headline(), draft.summary(), draft.dateline(), draft.accessLevel(), draft.image(),
                draft.agencyCredit(), draft.paragraphs());
        article.file(section, inOrder(topics.findByKeyIn(draft.topics()), Topic::key, draft.topics(), "topic"),
                inOrder(authors.findByKeyIn(draft.authors()), Author::key, draft.authors(), "author"),
                inOrder(authors.findByKeyIn(nullToEmpty(draft.editors())), Author::key, nullToEmpty(draft.editors()),
                        "editor"));
        boolean goesLive = publish && !article.published();
        if (publish) {
            article.publish(draft.publishedAt(), draft.updatedAt());
        } else {
            article.holdBack(draft.publishedAt(), draft.updatedAt());
        }
        Article saved = articles.save(article);
        if (goesLive) {
            events.publishEvent(new ArticlePublished(saved.id(), saved.slug(), section.key(), saved.publishedAt()));
        }
        return saved.id();
    }

    /** Sets the "Also Read" list of an article, in order; unknown slugs are skipped. */
    public void relate(String slug, List<String> relatedSlugs) {
        cache.changed();
        Article article = articles.findBySlug(slug)
                .orElseThrow(() -> new IllegalArgumentException("unknown article " + slug));
        Map<String, Article> found = articles.findBySlugIn(relatedSlugs).stream()
                .collect(Collectors.toMap(Article::slug, Function.identity()));
        article.relate(relatedSlugs.stream().filter(s -> !s.equals(slug)).map(found::get)
                .filter(a -> a != null).distinct().toList());
    }

    /** The article with this slug as filed, published or not; empty when unknown. */
    @Transactional(readOnly = true)
    public Optional<FiledArticle> filed(String slug) {
        return slug == null ? Optional.empty() : articles.findBySlug(slug).map(a -> new FiledArticle(new ArticleDraft(
                a.slug(), a.headline(), a.summary(), a.section().key(), a.topics().stream().map(Topic::key).toList(),
                a.writers().stream().map(Author::key).toList(), a.editors().stream().map(Author::key).toList(),
                a.dateline(), a.publishedAt(), a.updatedAt(), a.accessLevel(), a.image(), a.agencyCredit(),
                List.copyOf(a.paragraphs())), a.published(), a.related().stream().map(Article::slug).toList()));
    }

    /** Articles kept off the site, newest first. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> unpublished() {
        return articles.findAllByStatusNewestFirst(Article.Status.DRAFT).stream().map(ArticleQueries::summaryOf).toList();
    }

    /** Takes an article off the site; the gate and the catalog no longer find it. */
    public void unpublish(String slug) {
        cache.changed();
        articles.findBySlug(slug).ifPresent(Article::unpublish);
    }

    private static <T> List<T> inOrder(List<T> found, Function<T, String> key, List<String> keys, String kind) {
        Map<String, T> byKey = found.stream().collect(Collectors.toMap(key, Function.identity()));
        return keys.stream().distinct().map(k -> {
            T t = byKey.get(k);
            if (t == null) {
                throw new IllegalArgumentException("unknown " + kind + " " + k);
            }
            return t;
        }).toList();
    }

    private static List<String> nullToEmpty(List<String> keys) {
        return keys == null ? List.of() : keys;
    }
}
