package org.broadsheet.content.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.AccessRule;
import org.broadsheet.content.AccessRuleDraft;
import org.broadsheet.content.AccessRuleKind;
import org.broadsheet.content.AccessRules;
import org.broadsheet.content.Feed;
import org.broadsheet.content.FeedItem;
import org.broadsheet.content.FollowKind;
import org.broadsheet.content.FollowTarget;
import org.broadsheet.content.Follows;
import org.broadsheet.content.PersonalFeed;
import org.broadsheet.content.ReadingHistory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:reader-feed;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "broadsheet.demo-data=false" })
@Import(MovableClock.Config.class)
class PersonalFeedIntegrationTests {

    @Autowired
    PersonalFeed feed;
    @Autowired
    Follows follows;
    @Autowired
    ReadingHistory history;
    @Autowired
    WeeklyPopularity popularity;
    @Autowired
    FeedIndex index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    AccessRules rules;

    Newsroom newsroom;
    UUID reader;
    Instant now;
    Newsroom.Ref politics;
    Newsroom.Ref sport;
    Newsroom.Ref business;
    Newsroom.Ref elections;
    Newsroom.Ref priya;

    @BeforeEach
    void emptyNewsroom() {
        for (String table : List.of("reader_reads", "reader_saved_articles", "reader_follows", "article_topics",
                "reader_feed_keys", "reader_feed_indexed", "article_contributors", "article_paragraphs", "article_related", "articles", "topics", "authors", "sections")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        popularity.forget();
        now = Instant.parse("2026-11-20T10:00:00Z");
        clock.set(now);
        newsroom = new Newsroom(jdbc);
        reader = UUID.randomUUID();
        politics = newsroom.section("Politics");
        sport = newsroom.section("Sport");
        business = newsroom.section("Business");
        elections = newsroom.topic("Elections");
        priya = newsroom.author("Priya Sharma");
    }

    private Instant ago(Duration duration) {
        return now.minus(duration);
    }

    @Test
    void ranksFollowedArticlesFirstAndSaysWhy() {
        follows.follow(reader, FollowKind.TOPIC, elections.key());
        follows.follow(reader, FollowKind.AUTHOR, priya.key());
        follows.follow(reader, FollowKind.SECTION, business.key());
        String polls = newsroom.article("Polls open", politics).topics(elections).publishedAt(ago(Duration.ofHours(2))).create();
        String column = newsroom.article("Priya on the final", sport).by(priya).publishedAt(ago(Duration.ofHours(3))).create();
        String markets = newsroom.article("Markets rally", business).publishedAt(ago(Duration.ofHours(1))).create();
        String transfer = newsroom.article("Transfer news", sport).publishedAt(ago(Duration.ofMinutes(10))).create();
        String analysis = newsroom.article("Five days on", politics).topics(elections).by(priya)
                .publishedAt(ago(Duration.ofDays(5))).create();
        String alreadyRead = newsroom.article("Counting begins", politics).topics(elections)
                .publishedAt(ago(Duration.ofMinutes(30))).create();
        history.record(reader, newsroom.idOf(alreadyRead), now);

        Feed page = feed.feed(reader, 0, 20);

        assertThat(page.personalized()).isTrue();
        assertThat(page.items()).extracting(FeedItem::slug, FeedItem::because).containsExactly(
                tuple(column, List.of("From Priya Sharma, whom you follow")),
                tuple(polls, List.of("You follow Elections")),
                tuple(analysis, List.of("You follow Elections", "From Priya Sharma, whom you follow")),
                tuple(markets, List.of("In Business, which you follow")),
                tuple(transfer, List.of("Latest")),
                tuple(alreadyRead, List.of("You follow Elections")));
    }

    @Test
    void showsEachArticleAtTheLevelTheAccessRulesGiveIt() {
        follows.follow(reader, FollowKind.SECTION, politics.key());
        String polls = newsroom.article("Polls open", politics).topics(elections).access(AccessLevel.METERED)
                .publishedAt(ago(Duration.ofHours(2))).create();
        String debate = newsroom.article("The debate", politics).access(AccessLevel.METERED)
                .publishedAt(ago(Duration.ofHours(1))).create();
        AccessRule premiumElections = rules.create(new AccessRuleDraft(AccessRuleKind.TOPIC_DEFAULT,
                "Elections coverage is premium", null, elections.key(), null, AccessLevel.PREMIUM, null, null, null,
                null, null, null, null));
        try {
            Feed page = feed.feed(reader, 0, 20);

            assertThat(page.items()).extracting(FeedItem::slug, FeedItem::accessLevel)
                    .contains(tuple(polls, AccessLevel.PREMIUM), tuple(debate, AccessLevel.METERED));
        } finally {
            rules.delete(premiumElections.id());
        }
    }

    @Test
    void neverShowsMoreThanTwoArticlesOfOneSectionInARowWhileAnotherFits() {
        follows.follow(reader, FollowKind.SECTION, politics.key());
        for (int hours = 1; hours <= 4; hours++) {
            newsroom.article("Politics " + hours, politics).publishedAt(ago(Duration.ofHours(hours))).create();
        }
        newsroom.article("Sport", sport).publishedAt(ago(Duration.ofHours(5))).create();

        Feed page = feed.feed(reader, 0, 20);

        assertThat(page.items()).extracting(item -> item.section().name())
                .containsExactly("Politics", "Politics", "Sport", "Politics", "Politics");
    }

    @Test
    void leavesOutDraftsAndArticlesScheduledForLater() {
        follows.follow(reader, FollowKind.SECTION, politics.key());
        String published = newsroom.article("Out now", politics).publishedAt(ago(Duration.ofHours(1))).create();
        newsroom.article("Draft", politics).draft().create();
        newsroom.article("Tomorrow", politics).publishedAt(now.plus(Duration.ofDays(1))).create();

        assertThat(feed.feed(reader, 0, 20).items()).extracting(FeedItem::slug).containsExactly(published);
    }

    @Test
    void givesAReaderWhoFollowsNothingTheLatestAndMostReadWithSuggestions() {
        String popular = newsroom.article("Everyone read this", politics).topics(elections).by(priya)
                .publishedAt(ago(Duration.ofDays(2))).create();
        String fresh = newsroom.article("Just in", sport).publishedAt(ago(Duration.ofMinutes(5))).create();
        String older = newsroom.article("Yesterday", business).publishedAt(ago(Duration.ofDays(1))).create();
        for (int i = 0; i < 3; i++) {
            history.record(UUID.randomUUID(), newsroom.idOf(popular), ago(Duration.ofHours(i + 1)));
        }

        Feed page = feed.feed(reader, 0, 20);

        assertThat(page.personalized()).isFalse();
        assertThat(page.items()).extracting(FeedItem::slug, FeedItem::because).containsExactly(
                tuple(fresh, List.of("Latest")),
                tuple(popular, List.of("Most read this week")),
                tuple(older, List.of("Latest")));
        assertThat(page.suggestions()).contains(
                new FollowTarget(FollowKind.TOPIC, elections.key(), "Elections"),
                new FollowTarget(FollowKind.AUTHOR, priya.key(), "Priya Sharma"));
    }

    @Test
    void suggestsNothingTheReaderAlreadyFollows() {
        newsroom.article("Polls open", politics).topics(elections).by(priya).publishedAt(ago(Duration.ofHours(1))).create();
        follows.follow(reader, FollowKind.TOPIC, elections.key());

        assertThat(feed.feed(reader, 0, 20).suggestions())
                .containsExactly(new FollowTarget(FollowKind.AUTHOR, priya.key(), "Priya Sharma"));
    }

    @Test
    void pagesThroughTheWholeFeedWithoutRepeats() {
        follows.follow(reader, FollowKind.TOPIC, elections.key());
        List<Newsroom.Ref> sections = List.of(politics, sport, business);
        for (int i = 0; i < 25; i++) {
            newsroom.article("Story " + i, sections.get(i % 3)).topics(elections)
                    .publishedAt(ago(Duration.ofMinutes(10L * (i + 1)))).create();
        }

        List<String> seen = new ArrayList<>();
        Feed first = feed.feed(reader, 0, 10);
        Feed second = feed.feed(reader, 1, 10);
        Feed third = feed.feed(reader, 2, 10);
        for (Feed page : List.of(first, second, third)) {
            page.items().forEach(item -> seen.add(item.slug()));
        }

        assertThat(first.hasNext()).isTrue();
        assertThat(third.items()).hasSize(5);
        assertThat(third.hasNext()).isFalse();
        Set<String> distinct = new HashSet<>(seen);
        assertThat(seen).hasSize(25);
        assertThat(distinct).hasSize(25);
    }

    @Test
    void findsAFollowedArticleBehindManyNewerOnesOnceTheIndexIsSwept() {
        follows.follow(reader, FollowKind.AUTHOR, priya.key());
        String column = newsroom.article("Priya's long read", business).by(priya)
                .publishedAt(ago(Duration.ofDays(2))).create();
        for (int i = 0; i < PersonalFeedRanker.LATEST_CANDIDATES + 10; i++) {
            newsroom.article("Brief " + i, sport).publishedAt(ago(Duration.ofMinutes(i + 1))).create();
        }

        index.sweep();

        assertThat(feed.feed(reader, 0, 100).items()).filteredOn(item -> item.slug().equals(column))
                .singleElement().extracting(FeedItem::because)
                .isEqualTo(List.of("From Priya Sharma, whom you follow"));
    }

    @Test
    void followsAnArticleThatWasReFiledUnderAnotherTopicAfterTheSweep() {
        Newsroom.Ref budget = newsroom.topic("Budget");
        follows.follow(reader, FollowKind.TOPIC, budget.key());
        String story = newsroom.article("Fiscal plan", business).topics(elections)
                .publishedAt(ago(Duration.ofHours(1))).create();
        assertThat(feed.feed(reader, 0, 20).items()).extracting(FeedItem::because).containsOnly(List.of("Latest"));

        UUID id = newsroom.idOf(story);
        jdbc.sql("UPDATE article_topics SET topic_id = ? WHERE article_id = ?").params(budget.id(), id).update();
        jdbc.sql("UPDATE articles SET updated_at = ? WHERE id = ?")
                .params(java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC), id).update();
        index.sweep();

        assertThat(feed.feed(reader, 0, 20).items()).extracting(FeedItem::slug, FeedItem::because)
                .containsExactly(tuple(story, List.of("You follow Budget")));
    }

    @Test
    void pagesAgreeWithOneLongPageItemForItemAcrossFollowsOfEveryKind() {
        follows.follow(reader, FollowKind.TOPIC, elections.key());
        follows.follow(reader, FollowKind.AUTHOR, priya.key());
        follows.follow(reader, FollowKind.SECTION, business.key());
        List<Newsroom.Ref> sections = List.of(politics, sport, business);
        List<AccessLevel> levels = List.of(AccessLevel.FREE, AccessLevel.METERED, AccessLevel.PREMIUM);
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Newsroom.ArticleBuilder article = newsroom.article("Story " + i, sections.get(i % 3))
                    .access(levels.get(i % 3)).publishedAt(ago(Duration.ofMinutes(37L * (i + 1))));
            if (i % 2 == 0) {
                article.topics(elections);
            }
            if (i % 5 == 0) {
                article.by(priya);
            }
            slugs.add(article.create());
        }
        history.record(reader, newsroom.idOf(slugs.get(0)), now);
        history.record(reader, newsroom.idOf(slugs.get(7)), now);

        List<FeedItem> paged = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            Feed feedPage = feed.feed(reader, page, 7);
            assertThat(feedPage.hasNext()).isEqualTo(page < 3);
            paged.addAll(feedPage.items());
        }
        Feed whole = feed.feed(reader, 0, 100);

        assertThat(paged).containsExactlyElementsOf(whole.items()).hasSize(24);
        assertThat(whole.items()).filteredOn(item -> item.slug().equals(slugs.get(10))).singleElement()
                .satisfies(item -> {
                    assertThat(item.articleId()).isEqualTo(newsroom.idOf(slugs.get(10)));
                    assertThat(item.headline()).isEqualTo("Story 10");
                    assertThat(item.summary()).isEqualTo("About Story 10");
                    assertThat(item.section().name()).isEqualTo("Sport");
                    assertThat(item.publishedAt()).isEqualTo(ago(Duration.ofMinutes(37L * 11)));
                    assertThat(item.accessLevel()).isEqualTo(AccessLevel.METERED);
                    assertThat(item.because()).containsExactly("You follow Elections", "From Priya Sharma, whom you follow");
                });
        assertThat(whole.items()).filteredOn(item -> item.slug().equals(slugs.get(5))).singleElement()
                .extracting(FeedItem::because)
                .isEqualTo(List.of("From Priya Sharma, whom you follow", "In Business, which you follow"));
    }

    @Test
    void treatsAFollowOfAnEntryThatNoLongerExistsAsNoFollow() {
        Newsroom.Ref gone = newsroom.topic("Gone");
        follows.follow(reader, FollowKind.TOPIC, gone.key());
        jdbc.sql("DELETE FROM topics WHERE id = ?").param(gone.id()).update();
        String latest = newsroom.article("Just in", sport).publishedAt(ago(Duration.ofMinutes(5))).create();

        Feed page = feed.feed(reader, 0, 20);

        assertThat(page.personalized()).isFalse();
        assertThat(page.items()).extracting(FeedItem::slug, FeedItem::because)
                .containsExactly(tuple(latest, List.of("Latest")));
    }
}
