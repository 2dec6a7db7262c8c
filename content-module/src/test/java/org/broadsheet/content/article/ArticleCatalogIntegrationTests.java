package org.broadsheet.content.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleFilter;
import org.broadsheet.content.ArticlePage;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.CatalogRef;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The catalog and its repositories against a real database; subclasses pick H2 or PostgreSQL. */
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ ArticleQueries.class, ArticleCache.class, Newsroom.class, ArticleCatalog.class })
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
abstract class ArticleCatalogIntegrationTests {

    @Autowired
    Newsroom newsroom;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    ArticleQueries queries;

    @Autowired
    EntityManager entityManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcTemplate jdbc;

    String section;
    String otherSection;
    String topic;
    String writer;
    String editor;

    @BeforeEach
    void fileCatalog() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        section = "india-" + run;
        otherSection = "world-" + run;
        topic = "monsoon-" + run;
        writer = "asha-" + run;
        editor = "meera-" + run;
        newsroom.section(section, "India", 0);
        newsroom.section(otherSection, "World", 1);
        newsroom.topic(topic, "Monsoon");
        newsroom.author(writer, "Asha Rao", "Covers weather.");
        newsroom.author(editor, "Meera Iyer", null);
    }

    @Test
    void listsPublishedArticlesOfASectionNewestFirstInPages() {
        String older = publish("older", AccessLevel.METERED, section, Instant.parse("2026-11-01T10:00:00Z"));
        String newest = publish("newest", AccessLevel.FREE, section, Instant.parse("2026-11-03T10:00:00Z"));
        String middle = publish("middle", AccessLevel.PREMIUM, section, Instant.parse("2026-11-02T10:00:00Z"));
        publish("elsewhere", AccessLevel.FREE, otherSection, Instant.parse("2026-11-04T10:00:00Z"));

        ArticlePage first = catalog.latest(ArticleFilter.section(section), 0, 2);
        ArticlePage second = catalog.latest(ArticleFilter.section(section), 1, 2);

        assertThat(first.items()).extracting(ArticleSummary::slug).containsExactly(newest, middle);
        assertThat(second.items()).extracting(ArticleSummary::slug).containsExactly(older);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.page()).isZero();
        assertThat(first.size()).isEqualTo(2);
    }

    @Test
    void filtersByTopicAndByWriterButNotByEditor() {
        String tagged = slugFor("tagged");
        newsroom.publish(Articles.filed(Articles.metered(tagged), section, List.of(topic), List.of(writer), List.of()));
        String untagged = slugFor("untagged");
        newsroom.publish(new ArticleDraft(untagged, "Untagged", "No topic", section, List.of(), List.of(editor),
                List.of(writer), null, Instant.parse("2026-11-02T10:00:00Z"), null, AccessLevel.FREE, null, null,
                Articles.paragraphs(untagged, 3)));

        assertThat(catalog.latest(ArticleFilter.topic(topic), 0, 20).items()).extracting(ArticleSummary::slug)
                .containsExactly(tagged);
        assertThat(catalog.latest(ArticleFilter.author(writer), 0, 20).items()).extracting(ArticleSummary::slug)
                .containsExactly(tagged);
        assertThat(catalog.latest(new ArticleFilter(section, topic, writer), 0, 20).total()).isEqualTo(1);
    }

    @Test
    void answersUnknownKeysWithEmptiness() {
        publish("known", AccessLevel.FREE, section, Instant.parse("2026-11-01T10:00:00Z"));

        assertThat(catalog.latest(ArticleFilter.section("no-such-section"), 0, 20).items()).isEmpty();
        assertThat(catalog.latest(ArticleFilter.topic("no-such-topic"), 0, 20).total()).isZero();
        assertThat(catalog.summary("no-such-slug")).isEmpty();
        assertThat(catalog.section("no-such-section")).isEmpty();
        assertThat(catalog.topic("no-such-topic")).isEmpty();
        assertThat(catalog.author("no-such-author")).isEmpty();
    }

    @Test
    void summarisesAnArticleWithItsSectionTopicsWritersAndImage() {
        String slug = slugFor("summary");
        newsroom.publish(Articles.filed(Articles.premium(slug), section, List.of(topic), List.of(writer), List.of()));
        clearPersistenceContext();

        ArticleSummary summary = catalog.summary(slug).orElseThrow();

        assertThat(summary.headline()).isEqualTo("Headline of " + slug);
        assertThat(summary.section()).isEqualTo(new CatalogRef(section, "India"));
        assertThat(summary.topics()).containsExactly(new CatalogRef(topic, "Monsoon"));
        assertThat(summary.authors()).containsExactly(new CatalogRef(writer, "Asha Rao"));
        assertThat(summary.accessLevel()).isEqualTo(AccessLevel.PREMIUM);
        assertThat(summary.image().caption()).isEqualTo("Rain over the city");
        assertThat(summary.updatedAt()).isEqualTo(summary.publishedAt());
    }

    @Test
    void hidesUnpublishedArticles() {
        String slug = publish("withdrawn", AccessLevel.FREE, section, Instant.parse("2026-11-01T10:00:00Z"));
        newsroom.unpublish(slug);
        clearPersistenceContext();

        assertThat(catalog.summary(slug)).isEmpty();
        assertThat(queries.content(slug)).isEmpty();
        assertThat(catalog.latest(ArticleFilter.section(section), 0, 20).items()).isEmpty();
        assertThat(catalog.allForSitemap()).extracting(ArticleSummary::slug).doesNotContain(slug);
    }

    @Test
    void readsEveryPublishedArticleOnceInIdOrderChunks() {
        List<String> published = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            published.add(publish("chunk" + i, AccessLevel.METERED, section, Instant.parse("2026-11-01T10:00:00Z").plusSeconds(i)));
        }
        String withdrawn = publish("chunk-withdrawn", AccessLevel.FREE, section, Instant.parse("2026-11-01T09:00:00Z"));
        newsroom.unpublish(withdrawn);
        clearPersistenceContext();

        List<ArticleSummary> read = new java.util.ArrayList<>();
        List<Integer> chunkSizes = new java.util.ArrayList<>();
        UUID after = null;
        List<ArticleSummary> chunk;
        do {
            chunk = catalog.publishedInIdOrderAfter(after, 3);
            chunkSizes.add(chunk.size());
            read.addAll(chunk);
            after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).id();
        } while (!chunk.isEmpty());

        assertThat(chunkSizes).allMatch(size -> size <= 3);
        assertThat(read).extracting(a -> a.id().toString()).doesNotHaveDuplicates().isSorted();
        assertThat(read).extracting(ArticleSummary::slug).containsAll(published).doesNotContain(withdrawn);
        ArticleSummary first = read.stream().filter(a -> a.slug().equals(published.get(0))).findFirst().orElseThrow();
        assertThat(first.section().key()).isEqualTo(section);
        assertThat(first.topics()).extracting(CatalogRef::key).containsExactly(topic);
        assertThat(first.authors()).extracting(CatalogRef::key).containsExactly(writer);
    }

    @Test
    void listsAPageInAFixedNumberOfQueriesWithoutLoadingParagraphs() {
        for (int i = 0; i < 12; i++) {
            String slug = slugFor("page" + i);
            newsroom.publish(Articles.publishedAt(
                    Articles.filed(Articles.metered(slug), section, List.of(topic), List.of(writer, editor), List.of()),
                    Instant.parse("2026-11-01T10:00:00Z").plusSeconds(i)));
        }
        clearPersistenceContext();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        ArticlePage page = catalog.latest(ArticleFilter.section(section), 0, 10);

        assertThat(page.items()).hasSize(10).allSatisfy(item -> {
            assertThat(item.topics()).hasSize(1);
            assertThat(item.authors()).hasSize(2);
        });
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(6);
        assertThat(statistics.getCollectionStatistics(Article.class.getName() + ".paragraphs").getFetchCount())
                .isZero();
    }

    @Test
    void keepsTheWholeArticleForTheGateWithEditorsAndRelatedInOrder() {
        String main = publish("main", AccessLevel.PREMIUM, section, Instant.parse("2026-11-03T10:00:00Z"));
        String first = publish("first", AccessLevel.FREE, section, Instant.parse("2026-11-01T10:00:00Z"));
        String second = publish("second", AccessLevel.METERED, section, Instant.parse("2026-11-02T10:00:00Z"));
        newsroom.relate(main, List.of(second, first));
        clearPersistenceContext();

        ArticleContent content = queries.content(main).orElseThrow();

        assertThat(content.paragraphs()).containsExactlyElementsOf(Articles.paragraphs(main, 8));
        assertThat(content.authors()).extracting(CatalogRef::key).containsExactly(writer);
        assertThat(content.editors()).extracting(CatalogRef::key).containsExactly(editor);
        assertThat(content.related()).extracting(ArticleSummary::slug).containsExactly(second, first);
        assertThat(content.dateline()).isEqualTo("MUMBAI");
        assertThat(content.agencyCredit()).isEqualTo("With inputs from PTI");
    }

    @Test
    void loadsAWholeArticleWithItsAlsoReadInAFixedNumberOfQueries() {
        String main = publish("main", AccessLevel.PREMIUM, section, Instant.parse("2026-11-10T10:00:00Z"));
        List<String> related = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            related.add(publish("related" + i, AccessLevel.FREE, otherSection, Instant.parse("2026-11-01T10:00:00Z")
                    .plusSeconds(i)));
        }
        newsroom.relate(main, related);
        clearPersistenceContext();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        ArticleContent content = queries.content(main).orElseThrow();

        assertThat(content.related()).hasSize(6).allSatisfy(summary -> {
            assertThat(summary.topics()).hasSize(1);
            assertThat(summary.authors()).hasSize(1);
            assertThat(summary.section().key()).isEqualTo(otherSection);
        });
        assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(10);
    }

    @Test
    void rewritesAnArticleFiledAgainUnderTheSameSlug() {
        String slug = publish("again", AccessLevel.FREE, section, Instant.parse("2026-11-01T10:00:00Z"));
        newsroom.publish(Articles.filed(Articles.premium(slug), section, List.of(topic), List.of(writer), List.of()));
        clearPersistenceContext();

        assertThat(catalog.latest(ArticleFilter.section(section), 0, 20).items()).singleElement()
                .extracting(ArticleSummary::accessLevel).isEqualTo(AccessLevel.PREMIUM);
    }

    @Test
    void refusesTwoArticlesWithOneSlugInTheDatabase() {
        String slug = publish("unique", AccessLevel.FREE, section, Instant.parse("2026-11-01T10:00:00Z"));
        entityManager.flush();
        UUID sectionId = jdbc.queryForObject("select id from sections where ref_key = ?", UUID.class, section);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("""
                insert into articles (id, slug, headline, summary, section_id, published_at, updated_at,
                  access_level, status)
                values (?, ?, 'h', 's', ?, current_timestamp, current_timestamp, 'FREE', 'PUBLISHED')
                """, UUID.randomUUID(), slug, sectionId)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void listsSectionsInNewsroomOrderAndAuthorsByName() {
        assertThat(catalog.sections()).containsSubsequence(new CatalogRef(section, "India"),
                new CatalogRef(otherSection, "World"));
        assertThat(catalog.authors()).containsSubsequence(new CatalogRef(writer, "Asha Rao"),
                new CatalogRef(editor, "Meera Iyer"));
        assertThat(catalog.topic(topic)).contains(new CatalogRef(topic, "Monsoon"));
    }

    private String publish(String prefix, AccessLevel level, String inSection, Instant at) {
        String slug = slugFor(prefix);
        newsroom.publish(Articles.publishedAt(
                Articles.filed(Articles.draft(slug, level), inSection, List.of(topic), List.of(writer), List.of(editor)),
                at));
        return slug;
    }

    private String slugFor(String prefix) {
        return Articles.slug(prefix);
    }

    private void clearPersistenceContext() {
        entityManager.flush();
        entityManager.clear();
    }
}
