package org.broadsheet.content;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The access decision alone ({@link AccessPolicy#decide}, the pure function every output goes through), for the
 * reader situations that matter on the hot path. Target: at most 1 µs per decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AccessDecisionBenchmark {

    /** Who reads what: an anonymous visitor on a METERED article with reads left or none, a subscriber on PREMIUM, … */
    @Param({"METERED_ANONYMOUS", "METERED_EXHAUSTED", "PREMIUM_SUBSCRIBER", "PREMIUM_ANONYMOUS", "REGISTERED_SIGNED_IN",
            "FREE_ANONYMOUS"})
    public String situation;

    private AccessLevel level;
    private ReaderFacts reader;
    private ReaderEntitlement entitlement;
    private MeterState meter;

    @Setup
    public void setUp() {
        ReaderFacts anonymous = ReaderFacts.anonymous("v-" + UUID.randomUUID());
        ReaderFacts signedIn = ReaderFacts.signedIn(UUID.randomUUID(), null, false);
        ReaderEntitlement none = ReaderEntitlement.none();
        switch (situation) {
            case "METERED_ANONYMOUS" -> set(AccessLevel.METERED, anonymous, none, new MeterState(1, 3));
            case "METERED_EXHAUSTED" -> set(AccessLevel.METERED, anonymous, none, new MeterState(3, 3));
            case "PREMIUM_SUBSCRIBER" -> set(AccessLevel.PREMIUM, signedIn,
                    ReaderEntitlement.of(ReaderEntitlement.Kind.SUBSCRIPTION, null), null);
            case "PREMIUM_ANONYMOUS" -> set(AccessLevel.PREMIUM, anonymous, none, new MeterState(0, 3));
            case "REGISTERED_SIGNED_IN" -> set(AccessLevel.REGISTERED, signedIn, none, new MeterState(2, 5));
            case "FREE_ANONYMOUS" -> set(AccessLevel.FREE, anonymous, none, new MeterState(0, 3));
            default -> throw new IllegalArgumentException(situation);
        }
    }

    private void set(AccessLevel level, ReaderFacts reader, ReaderEntitlement entitlement, MeterState meter) {
        this.level = level;
        this.reader = reader;
        this.entitlement = entitlement;
        this.meter = meter;
    }

    @Benchmark
    public AccessDecision decide() {
        return AccessPolicy.decide(level, reader, entitlement, meter, false, false);
    }
}
