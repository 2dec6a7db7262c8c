package org.broadsheet.content;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@link ArticleGate#read} end to end inside the content module: the article lookup, the entitlement port (none
 * here: anonymous readers), the meter in the database (H2 in memory, in process) and the events, over the demo
 * newsroom. What a page or API call pays for the gate itself, without HTTP, security or rendering.
 * <ul>
 * <li>{@code meteredNewVisitor}: a METERED article read by a visitor not seen before this month: the meter's
 * month row and the read are inserted under the row lock (the write path of every first view);</li>
 * <li>{@code meteredReRead}: the same visitor again: the lock is taken, nothing is inserted;</li>
 * <li>{@code premiumDenied}: a PREMIUM article for an anonymous visitor: the meter is looked at, the lead-in shown;</li>
 * <li>{@code free}: a FREE article (the meter is still read, to show what is left).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class GateBenchmark {

    private ConfigurableApplicationContext context;
    private ArticleGate gate;
    private String metered;
    private String premium;
    private String free;
    private long visitor;
    private final ReaderFacts returning = ReaderFacts.anonymous("bench-returning");

    @Setup(Level.Trial)
    public void start() {
        SpringApplication application = new SpringApplication(BenchContentApplication.class);
        context = application.run(
                "--spring.datasource.url=jdbc:h2:mem:gate-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--spring.jpa.open-in-view=false", "--spring.main.banner-mode=off",
                "--broadsheet.demo-data=true", "--logging.level.root=WARN");
        gate = context.getBean(ArticleGate.class);
        ArticleCatalog catalog = context.getBean(ArticleCatalog.class);
        List<ArticleSummary> all = catalog.latest(ArticleFilter.all(), 0, 100).items();
        metered = first(all, AccessLevel.METERED);
        premium = first(all, AccessLevel.PREMIUM);
        free = first(all, AccessLevel.FREE);
        gate.read(metered, returning);
    }

    private static String first(List<ArticleSummary> articles, AccessLevel level) {
        return articles.stream().filter(a -> a.accessLevel() == level).findFirst().orElseThrow().slug();
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public Optional<ReadableArticle> meteredNewVisitor() {
        return gate.read(metered, ReaderFacts.anonymous(new UUID(42, visitor++).toString()));
    }

    @Benchmark
    public Optional<ReadableArticle> meteredReRead() {
        return gate.read(metered, returning);
    }

    @Benchmark
    public Optional<ReadableArticle> premiumDenied() {
        return gate.read(premium, returning);
    }

    @Benchmark
    public Optional<ReadableArticle> free() {
        return gate.read(free, returning);
    }
}
