package org.broadsheet.content.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.ArticleFilter;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.CatalogRef;
import org.broadsheet.content.ContentIntegrationTest;
import org.broadsheet.content.article.ArticleQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.test.context.TestPropertySource;

@ContentIntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000")
class DemoNewsroomIntegrationTests {

    private static final Resource FIXTURE = new ClassPathResource("demo-fixture/newsroom.json");

    @Autowired
    DemoNewsroom demo;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    ArticleQueries queries;

    @Test
    void seedsAnEmptyDatabaseOnceAndNeverAgain() {
        int first = demo.seedIfEmpty(FIXTURE);
        int second = demo.seedIfEmpty(FIXTURE);

        assertThat(first).isEqualTo(2);
        assertThat(second).isZero();
        assertThat(queries.articleCount()).isEqualTo(2);
        assertThat(catalog.sections()).extracting(CatalogRef::key).containsExactly("fixture-nation", "fixture-business");

        ArticleSummary newest = catalog.latest(ArticleFilter.all(), 0, 10).items().get(0);
        assertThat(newest.slug()).isEqualTo("fixture-night-trains-return");
        assertThat(newest.publishedAt()).isEqualTo(Instant.parse("2026-11-27T02:54:00Z"));
        assertThat(newest.accessLevel()).isEqualTo(AccessLevel.METERED);
        assertThat(newest.image().caption()).isEqualTo("A night train at the platform");
        assertThat(catalog.latest(ArticleFilter.topic("fixture-rail"), 0, 10).total()).isEqualTo(2);
        assertThat(queries.content("fixture-night-trains-return").orElseThrow().related())
                .extracting(ArticleSummary::slug).containsExactly("fixture-budget-rail-outlay");
        assertThat(queries.content("fixture-budget-rail-outlay").orElseThrow().agencyCredit())
                .isEqualTo("With inputs from PTI");
    }
}
