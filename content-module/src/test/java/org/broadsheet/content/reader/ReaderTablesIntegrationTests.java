package org.broadsheet.content.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticleRead;
import org.broadsheet.content.FollowKind;
import org.broadsheet.content.FollowTarget;
import org.broadsheet.content.FollowingEntry;
import org.broadsheet.content.Follows;
import org.broadsheet.content.ReadEntry;
import org.broadsheet.content.ReaderData;
import org.broadsheet.content.ReaderDataExport;
import org.broadsheet.content.ReaderPage;
import org.broadsheet.content.ReaderTargetNotFoundException;
import org.broadsheet.content.ReadingHistory;
import org.broadsheet.content.SavedArticle;
import org.broadsheet.content.SavedArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Saved articles, follows, My Reads and the reader's data against a real database; run on H2 and PostgreSQL. */
abstract class ReaderTablesIntegrationTests {

    @Autowired
    SavedArticles saved;
    @Autowired
    Follows follows;
    @Autowired
    ReadingHistory history;
    @Autowired
    ReaderData readerData;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    Newsroom newsroom;
    UUID reader;
    Newsroom.Ref politics;
    Newsroom.Ref elections;
    Newsroom.Ref priya;

    @BeforeEach
    void newsroomAndReader() {
        clock.set(Instant.parse("2026-11-20T10:00:00Z"));
        newsroom = new Newsroom(jdbc);
        reader = UUID.randomUUID();
        politics = newsroom.section("Politics");
        elections = newsroom.topic("Elections");
        priya = newsroom.author("Priya Sharma");
    }

    private String article(String headline) {
        return newsroom.article(headline, politics).publishedAt(clock.instant().minus(Duration.ofHours(1))).create();
    }

    @Test
    void savingTwiceKeepsOneSavedArticle() {
        String slug = article("Budget passes");

        saved.save(reader, slug);
        saved.save(reader, slug);

        assertThat(saved.list(reader, 0, 20).items()).extracting(SavedArticle::slug).containsExactly(slug);
        assertThat(saved.isSaved(reader, slug)).isTrue();
    }

    @Test
    void unsavingTwiceLeavesNothingSaved() {
        String slug = article("Budget passes");
        saved.save(reader, slug);

        saved.unsave(reader, slug);
        saved.unsave(reader, slug);

        assertThat(saved.list(reader, 0, 20).total()).isZero();
        assertThat(saved.isSaved(reader, slug)).isFalse();
    }

    @Test
    void savesArticlesOfEveryAccessLevel() {
        for (AccessLevel level : AccessLevel.values()) {
            saved.save(reader, newsroom.article("Story " + level, politics).access(level).create());
        }

        assertThat(saved.list(reader, 0, 20).items()).extracting(SavedArticle::accessLevel)
                .containsExactlyInAnyOrder(AccessLevel.values());
    }

    @Test
    void refusesToSaveAnUnknownOrUnpublishedArticle() {
        String draft = newsroom.article("Not yet", politics).draft().create();

        assertThatThrownBy(() -> saved.save(reader, "no-such-story")).isInstanceOf(ReaderTargetNotFoundException.class);
        assertThatThrownBy(() -> saved.save(reader, draft)).isInstanceOf(ReaderTargetNotFoundException.class);
    }

    @Test
    void listsSavedArticlesNewestSavedFirstInPages() {
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String slug = article("Story " + i);
            slugs.add(slug);
            saved.save(reader, slug);
            clock.advance(Duration.ofMinutes(1));
        }

        ReaderPage<SavedArticle> first = saved.list(reader, 0, 2);
        ReaderPage<SavedArticle> last = saved.list(reader, 2, 2);

        assertThat(first.items()).extracting(SavedArticle::slug).containsExactly(slugs.get(4), slugs.get(3));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.hasNext()).isTrue();
        assertThat(last.items()).extracting(SavedArticle::slug).containsExactly(slugs.get(0));
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void keepsEachReadersSavedArticlesApart() {
        String slug = article("Budget passes");
        UUID other = UUID.randomUUID();
        saved.save(reader, slug);

        assertThat(saved.list(other, 0, 20).items()).isEmpty();
        saved.unsave(other, slug);
        assertThat(saved.isSaved(reader, slug)).isTrue();
    }

    @Test
    void followingTwiceKeepsOneFollow() {
        follows.follow(reader, FollowKind.TOPIC, elections.key());
        follows.follow(reader, FollowKind.TOPIC, elections.key());
        follows.follow(reader, FollowKind.AUTHOR, priya.key());

        assertThat(follows.list(reader)).containsExactly(
                new FollowTarget(FollowKind.TOPIC, elections.key(), "Elections"),
                new FollowTarget(FollowKind.AUTHOR, priya.key(), "Priya Sharma"));
        assertThat(follows.isFollowing(reader, FollowKind.TOPIC, elections.key())).isTrue();
    }

    @Test
    void unfollowingTwiceLeavesNothingFollowed() {
        follows.follow(reader, FollowKind.SECTION, politics.key());

        follows.unfollow(reader, FollowKind.SECTION, politics.key());
        follows.unfollow(reader, FollowKind.SECTION, politics.key());

        assertThat(follows.list(reader)).isEmpty();
    }

    @Test
    void refusesToFollowAKeyTheCatalogDoesNotKnowForThatKind() {
        assertThatThrownBy(() -> follows.follow(reader, FollowKind.TOPIC, "no-such-topic"))
                .isInstanceOf(ReaderTargetNotFoundException.class);
        assertThatThrownBy(() -> follows.follow(reader, FollowKind.AUTHOR, elections.key()))
                .isInstanceOf(ReaderTargetNotFoundException.class);
    }

    @Test
    void countsArticlesPublishedSinceTheLastVisitOfTheFollowingPage() {
        follows.follow(reader, FollowKind.TOPIC, elections.key());
        follows.follow(reader, FollowKind.AUTHOR, priya.key());
        follows.markFollowingSeen(reader);
        clock.advance(Duration.ofHours(2));
        newsroom.article("Polls open", politics).topics(elections).by(priya)
                .publishedAt(clock.instant().minus(Duration.ofMinutes(30))).create();
        newsroom.article("Turnout high", politics).topics(elections)
                .publishedAt(clock.instant().minus(Duration.ofMinutes(20))).create();
        newsroom.article("Old analysis", politics).topics(elections).by(priya)
                .publishedAt(clock.instant().minus(Duration.ofDays(3))).create();

        assertThat(follows.following(reader)).extracting(e -> e.target().name(), FollowingEntry::newArticles)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Elections", 2L),
                        org.assertj.core.groups.Tuple.tuple("Priya Sharma", 1L));

        follows.markFollowingSeen(reader);
        assertThat(follows.following(reader)).extracting(FollowingEntry::newArticles).containsOnly(0L);
    }

    @Test
    void recordsOneEntryPerArticleWithTheLastReadTimeAndCount() {
        String slug = article("Budget passes");
        UUID id = newsroom.idOf(slug);
        Instant first = clock.instant();

        history.record(reader, id, first);
        history.record(reader, id, first.plusSeconds(60));

        assertThat(history.list(reader, 0, 20).items()).singleElement().satisfies(entry -> {
            assertThat(entry.slug()).isEqualTo(slug);
            assertThat(entry.readCount()).isEqualTo(2);
            assertThat(entry.firstReadAt()).isEqualTo(first);
            assertThat(entry.lastReadAt()).isEqualTo(first.plusSeconds(60));
        });
    }

    @Test
    void countsEveryConcurrentReadOfOneArticleInOneRow() throws Exception {
        UUID id = newsroom.idOf(article("Budget passes"));
        int reads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < reads; i++) {
                Instant at = clock.instant().plusSeconds(i);
                tasks.add(() -> {
                    history.record(reader, id, at);
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        }
        finally {
            pool.shutdown();
        }

        assertThat(history.list(reader, 0, 20).items()).singleElement()
                .extracting(ReadEntry::readCount).isEqualTo(reads);
    }

    @Test
    void listsReadsMostRecentFirst() {
        String older = article("Older");
        String newer = article("Newer");
        history.record(reader, newsroom.idOf(newer), clock.instant());
        history.record(reader, newsroom.idOf(older), clock.instant().plusSeconds(5));

        assertThat(history.list(reader, 0, 20).items()).extracting(ReadEntry::slug).containsExactly(older, newer);
    }

    @Test
    void recordsGrantedReadsOfSignedInReadersOnly() {
        String slug = article("Budget passes");
        UUID id = newsroom.idOf(slug);

        events.publishEvent(new ArticleRead(id, slug, reader, clock.instant()));
        events.publishEvent(new ArticleRead(id, slug, null, clock.instant()));

        assertThat(history.list(reader, 0, 20).items()).extracting(ReadEntry::slug).containsExactly(slug);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reader_reads WHERE article_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void recordsNothingWhilePausedAndAgainOnceResumed() {
        String first = article("While paused");
        String second = article("After resuming");

        history.setPaused(reader, true);
        history.setPaused(reader, true);
        history.record(reader, newsroom.idOf(first), clock.instant());
        assertThat(history.isPaused(reader)).isTrue();
        assertThat(history.list(reader, 0, 20).items()).isEmpty();

        history.setPaused(reader, false);
        history.record(reader, newsroom.idOf(second), clock.instant());
        assertThat(history.list(reader, 0, 20).items()).extracting(ReadEntry::slug).containsExactly(second);
    }

    @Test
    void removesOneReadOrClearsThemAll() {
        String one = article("One");
        String two = article("Two");
        String three = article("Three");
        for (String slug : List.of(one, two, three)) {
            history.record(reader, newsroom.idOf(slug), clock.instant());
        }

        history.remove(reader, two);
        assertThat(history.list(reader, 0, 20).items()).extracting(ReadEntry::slug).containsExactlyInAnyOrder(one, three);

        history.clear(reader);
        assertThat(history.list(reader, 0, 20).total()).isZero();
    }

    @Test
    void exportsEverythingKeptAboutTheReaderAndErasesIt() {
        String savedSlug = article("Saved story");
        String readSlug = article("Read story");
        saved.save(reader, savedSlug);
        follows.follow(reader, FollowKind.TOPIC, elections.key());
        history.record(reader, newsroom.idOf(readSlug), clock.instant());
        history.setPaused(reader, true);
        UUID bystander = UUID.randomUUID();
        saved.save(bystander, savedSlug);

        ReaderDataExport export = readerData.export(reader);

        assertThat(export.accountId()).isEqualTo(reader);
        assertThat(export.saved()).extracting(SavedArticle::slug).containsExactly(savedSlug);
        assertThat(export.follows()).extracting(FollowTarget::key).containsExactly(elections.key());
        assertThat(export.history()).extracting(ReadEntry::slug).containsExactly(readSlug);
        assertThat(export.historyPaused()).isTrue();

        readerData.erase(reader);

        ReaderDataExport after = readerData.export(reader);
        assertThat(after.saved()).isEmpty();
        assertThat(after.follows()).isEmpty();
        assertThat(after.history()).isEmpty();
        assertThat(after.historyPaused()).isFalse();
        assertThat(saved.isSaved(bystander, savedSlug)).isTrue();
    }
}
