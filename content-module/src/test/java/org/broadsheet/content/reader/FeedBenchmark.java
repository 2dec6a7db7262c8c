package org.broadsheet.content.reader;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.broadsheet.ContentTestApplication;
import org.broadsheet.content.Feed;
import org.broadsheet.content.FollowKind;
import org.broadsheet.content.Follows;
import org.broadsheet.content.PersonalFeed;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the personalized feed at scale: a PostgreSQL database with 100,000 articles (or the number given as the
 * first argument) and a reader following 20 things, then p50/p90/p99 of {@link PersonalFeed#feed} over many
 * calls. A main, not a test: {@code mvn verify} compiles it but never runs it. Pass {@code h2} as the second
 * argument to time H2 instead.
 */
public final class FeedBenchmark {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 1_000;

    private FeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean h2 = args.length > 1 && "h2".equalsIgnoreCase(args[1]);
        EmbeddedPostgres postgres = h2 ? null : EmbeddedPostgres.start();
        String url = h2
                ? "jdbc:h2:mem:feed-benchmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
                : "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?reWriteBatchedInserts=true";
        SpringApplication application = new SpringApplication(ContentTestApplication.class);
        application.setAdditionalProfiles("feed-benchmark");
        try (ConfigurableApplicationContext context = application.run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (h2 ? "sa" : "postgres"),
                "--spring.datasource.password=",
                "--broadsheet.demo-data=false",
                "--logging.level.root=WARN")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Instant now = Instant.now();
            long started = System.nanoTime();
            FeedBenchmarkData.Generated data = FeedBenchmarkData.generate(jdbc, articles, now.minusSeconds(60), 42);
            long indexing = System.nanoTime();
            int indexed = context.getBean(FeedIndex.class).sweep();
            if (!h2) {
                jdbc.execute("VACUUM ANALYZE");
            }
            System.out.printf(Locale.ROOT, "feed index sweep of %,d articles took %.1f s%n", indexed,
                    (System.nanoTime() - indexing) / 1e9);
            System.out.printf(Locale.ROOT, "generated %,d articles in %.1f s (%s)%n", articles,
                    (System.nanoTime() - started) / 1e9, h2 ? "H2" : "PostgreSQL");

            UUID reader = UUID.randomUUID();
            Follows follows = context.getBean(Follows.class);
            follow(follows, reader, FollowKind.SECTION, data.sectionKeys().subList(0, 3));
            follow(follows, reader, FollowKind.TOPIC, data.topicKeys().subList(0, 10));
            follow(follows, reader, FollowKind.AUTHOR, data.authorKeys().subList(0, 7));
            FeedBenchmarkData.readerHasRead(jdbc, reader, data.articleIds(), 200, now);

            PersonalFeed feed = context.getBean(PersonalFeed.class);
            Feed sample = feed.feed(reader, 0, 20);
            System.out.println("reader follows " + follows.list(reader).size() + " things; first item: "
                    + sample.items().get(0).headline() + " " + sample.items().get(0).because());
            for (int i = 0; i < WARM_UP; i++) {
                feed.feed(reader, i % 3, 20);
            }
            if (Boolean.getBoolean("feed.breakdown")) {
                breakdown(context, jdbc, reader, now, h2);
            }
            report("feed page 0, 20 follows", time(() -> feed.feed(reader, 0, 20)));
            report("feed page 2, 20 follows", time(() -> feed.feed(reader, 2, 20)));
            UUID newcomer = UUID.randomUUID();
            report("feed, reader following nothing", time(() -> feed.feed(newcomer, 0, 20)));
        }
        finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /** Times each query of the feed on its own, and shows PostgreSQL's plan of the followed-candidates query. */
    private static void breakdown(ConfigurableApplicationContext context, JdbcTemplate jdbc, UUID reader, Instant now,
            boolean h2) {
        FeedCandidates candidates = context.getBean(FeedCandidates.class);
        CatalogTables catalog = context.getBean(CatalogTables.class);
        FollowsTable follows = context.getBean(FollowsTable.class);
        List<FollowsTable.Row> rows = follows.rows(reader);
        List<UUID> sections = catalog.ids(FollowKind.SECTION, keys(rows, FollowKind.SECTION));
        List<UUID> topics = catalog.ids(FollowKind.TOPIC, keys(rows, FollowKind.TOPIC));
        List<UUID> authors = catalog.ids(FollowKind.AUTHOR, keys(rows, FollowKind.AUTHOR));
        FeedIndex index = context.getBean(FeedIndex.class);
        var keyed = java.util.Map.of(FollowKind.SECTION, sections, FollowKind.TOPIC, topics, FollowKind.AUTHOR, authors);
        List<UUID> ids = index.newest(keyed, now, PersonalFeedRanker.PER_KEY).stream().map(FeedIndex.Key::articleId)
                .distinct().limit(PersonalFeedRanker.FOLLOWED_CANDIDATES).toList();
        report("  follows.rows", time(() -> follows.rows(reader)));
        report("  catalog.entries (topics)", time(() -> catalog.entries(FollowKind.TOPIC, keys(rows, FollowKind.TOPIC))));
        report("  feedIndex.newest", time(() -> index.newest(keyed, now, PersonalFeedRanker.PER_KEY)));
        report("  candidates.latest", time(() -> candidates.latest(now, PersonalFeedRanker.LATEST_CANDIDATES)));
        report("  candidates.published", time(() -> candidates.published(ids, now)));
        report("  candidates.readSince", time(() -> candidates.readSince(reader, now.minusSeconds(14 * 86_400))));
        report("  catalog.sections", time(() -> catalog.sections(List.of())));
    }

    private static List<String> keys(List<FollowsTable.Row> rows, FollowKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).map(FollowsTable.Row::key).toList();
    }

    private static void follow(Follows follows, UUID reader, FollowKind kind, List<String> keys) {
        keys.forEach(key -> follows.follow(reader, kind, key));
    }

    private static long[] time(Runnable call) {
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "%-32s n=%d  p50=%.2f ms  p90=%.2f ms  p99=%.2f ms  max=%.2f ms%n", what,
                sorted.length, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
