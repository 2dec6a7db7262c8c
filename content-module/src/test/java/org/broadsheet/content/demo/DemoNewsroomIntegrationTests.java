package org.broadsheet.content.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

/** Demo seeding on a database of its own; subclasses pick H2 or PostgreSQL. */
@ContentIntegrationTest
abstract class DemoNewsroomIntegrationTests {

    private static final Resource FIXTURE = new ClassPathResource("demo-fixture/newsroom.json");

    @Autowired
    DemoNewsroom demo;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    ArticleQueries queries;

    @Test
    void seedsAnEmptyDatabaseOnceEvenWhenTwoStartAtTheSameMomentAndNeverAgain() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                runs.add(instances.submit(() -> {
                    start.await();
                    return demo.seedIfEmpty(FIXTURE);
                }));
            }
            start.countDown();
            List<Integer> seeded = new ArrayList<>();
            for (Future<Integer> run : runs) {
                seeded.add(run.get(2, TimeUnit.MINUTES));
            }
            assertThat(seeded).containsExactlyInAnyOrder(2, 0);
        }
        finally {
            instances.shutdownNow();
        }

        assertThat(demo.seedIfEmpty(FIXTURE)).isZero();
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
