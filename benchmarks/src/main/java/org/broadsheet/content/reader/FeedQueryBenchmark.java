package org.broadsheet.content.reader;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.broadsheet.content.BenchContentApplication;
import org.broadsheet.content.Feed;
import org.broadsheet.content.FollowKind;
import org.broadsheet.content.Follows;
import org.broadsheet.content.PersonalFeed;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The personalized feed ({@link PersonalFeed#feed}) at scale: an embedded PostgreSQL server (or H2 with
 * {@code -p database=h2}) holding {@code articles} generated articles (100,000 by default) over two years, a week of
 * other readers' reads, and a reader following 20 things (3 sections, 10 topics, 7 authors) who has read 200
 * articles. Sample time, so JMH prints p50/p90/p99. Setting up 100,000 articles takes about half a minute.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class FeedQueryBenchmark {

    @Param({"100000"})
    public int articles;

    @Param({"postgres"})
    public String database;

    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext context;
    private PersonalFeed feed;
    private UUID reader;
    private final UUID newcomer = UUID.randomUUID();

    @Setup(Level.Trial)
    public void start() throws Exception {
        boolean h2 = "h2".equalsIgnoreCase(database);
        postgres = h2 ? null : EmbeddedPostgres.start();
        String url = h2
                ? "jdbc:h2:mem:feed-benchmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
                : "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?reWriteBatchedInserts=true";
        context = new SpringApplication(BenchContentApplication.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (h2 ? "sa" : "postgres"),
                "--spring.datasource.password=",
                "--spring.main.banner-mode=off",
                "--broadsheet.demo-data=false",
                "--broadsheet.reader.feed-index-initial-delay=PT1H",
                "--logging.level.root=WARN");
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Instant now = Instant.now();
        long started = System.nanoTime();
        FeedBenchmarkData.Generated data = FeedBenchmarkData.generate(jdbc, articles, now.minusSeconds(60), 42);
        int indexed = context.getBean(FeedIndex.class).sweep();
        if (!h2) {
            jdbc.execute("VACUUM ANALYZE");
        }
        System.out.printf(Locale.ROOT, "%n%,d articles generated and %,d indexed in %.1f s (%s)%n", articles, indexed,
                (System.nanoTime() - started) / 1e9, h2 ? "H2" : "PostgreSQL");
        reader = UUID.randomUUID();
        Follows follows = context.getBean(Follows.class);
        follow(follows, FollowKind.SECTION, data.sectionKeys().subList(0, 3));
        follow(follows, FollowKind.TOPIC, data.topicKeys().subList(0, 10));
        follow(follows, FollowKind.AUTHOR, data.authorKeys().subList(0, 7));
        FeedBenchmarkData.readerHasRead(jdbc, reader, data.articleIds(), 200, now);
        feed = context.getBean(PersonalFeed.class);
        Feed sample = feed.feed(reader, 0, 20);
        if (sample.items().size() != 20) {
            throw new IllegalStateException("the feed answered " + sample.items().size() + " items");
        }
    }

    private void follow(Follows follows, FollowKind kind, List<String> keys) {
        keys.forEach(key -> follows.follow(reader, kind, key));
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Benchmark
    public Feed firstPageFollowing20() {
        return feed.feed(reader, 0, 20);
    }

    @Benchmark
    public Feed thirdPageFollowing20() {
        return feed.feed(reader, 2, 20);
    }

    @Benchmark
    public Feed readerFollowingNothing() {
        return feed.feed(newcomer, 0, 20);
    }
}
