package org.broadsheet.content.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.ContentIntegrationTest;
import org.broadsheet.content.article.ArticleQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.TestPropertySource;

/** The shipped demo newsroom, seeded at start-up the way the application does it. */
@ContentIntegrationTest
@TestPropertySource(properties = { "broadsheet.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:demo-file;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000" })
class DemoNewsroomFileIntegrationTests {

    @Autowired
    DemoNewsroom demo;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    ArticleQueries queries;

    @Test
    void seedsTheDemoNewsroomAtStartUpWithEveryAccessLevelAndLongArticles() {
        List<ArticleSummary> articles = catalog.allForSitemap();

        assertThat(articles).hasSizeGreaterThanOrEqualTo(30);
        assertThat(catalog.sections()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(catalog.topics()).hasSizeGreaterThanOrEqualTo(10);
        Map<AccessLevel, Long> byLevel = articles.stream()
                .collect(Collectors.groupingBy(ArticleSummary::accessLevel, Collectors.counting()));
        assertThat(byLevel).containsKey(AccessLevel.FREE);
        assertThat(byLevel.get(AccessLevel.METERED)).isGreaterThanOrEqualTo(8);
        assertThat(byLevel.get(AccessLevel.PREMIUM)).isGreaterThanOrEqualTo(6);
        assertThat(byLevel.get(AccessLevel.REGISTERED)).isGreaterThanOrEqualTo(3);
        assertThat(articles).allSatisfy(article -> assertThat(queries.content(article.slug()).orElseThrow().paragraphs())
                .hasSizeGreaterThanOrEqualTo(8));
    }

    @Test
    void seedsNothingMoreOnTheNextStart() {
        long before = queries.articleCount();

        demo.run(new DefaultApplicationArguments());

        assertThat(queries.articleCount()).isEqualTo(before);
        assertThat(catalog.allForSitemap().stream().map(ArticleSummary::slug)
                .collect(Collectors.toMap(Function.identity(), s -> 1, Integer::sum)).values()).containsOnly(1);
    }
}
