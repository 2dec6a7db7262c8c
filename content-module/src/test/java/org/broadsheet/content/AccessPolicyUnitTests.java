package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AccessPolicyUnitTests {

    private static final int LIMIT = 3;

    /** Meter states before the read: used of a limit of 3, and whether this article already counted this month. */
    enum Meter {
        FRESH(0, false), ONE_LEFT(2, false), EXHAUSTED(3, false), EXHAUSTED_BUT_ALREADY_READ(3, true);

        final int used;
        final boolean alreadyRead;

        Meter(int used, boolean alreadyRead) {
            this.used = used;
            this.alreadyRead = alreadyRead;
        }

        MeterState state() {
            return new MeterState(used, LIMIT);
        }
    }

    enum Reader {
        ANONYMOUS, REGISTERED, TRIAL, SUBSCRIPTION, GRACE, COMP, STAFF;

        ReaderFacts facts() {
            return switch (this) {
                case ANONYMOUS -> ReaderFacts.anonymous("visitor-1");
                case STAFF -> ReaderFacts.signedIn(UUID.randomUUID(), null, true);
                default -> ReaderFacts.signedIn(UUID.randomUUID(), "visitor-1", false);
            };
        }

        ReaderEntitlement entitlement() {
            return switch (this) {
                case ANONYMOUS, REGISTERED, STAFF -> ReaderEntitlement.none();
                default -> ReaderEntitlement.of(ReaderEntitlement.Kind.valueOf(name()),
                        Instant.parse("2026-12-31T18:30:00Z"));
            };
        }

        boolean metered() {
            return this == ANONYMOUS || this == REGISTERED;
        }
    }

    /**
     * Expected reason per access level and reader, for the meter states FRESH, ONE_LEFT, EXHAUSTED and
     * EXHAUSTED_BUT_ALREADY_READ, in that order.
     */
    private static final String TABLE = """
            FREE        ANONYMOUS     FREE                  FREE                  FREE                  FREE
            FREE        REGISTERED    FREE                  FREE                  FREE                  FREE
            FREE        TRIAL         FREE                  FREE                  FREE                  FREE
            FREE        SUBSCRIPTION  FREE                  FREE                  FREE                  FREE
            FREE        GRACE         FREE                  FREE                  FREE                  FREE
            FREE        COMP          FREE                  FREE                  FREE                  FREE
            FREE        STAFF         FREE                  FREE                  FREE                  FREE
            METERED     ANONYMOUS     METER                 METER                 METER_EXHAUSTED       METER
            METERED     REGISTERED    METER                 METER                 METER_EXHAUSTED       METER
            METERED     TRIAL         TRIAL                 TRIAL                 TRIAL                 TRIAL
            METERED     SUBSCRIPTION  SUBSCRIPTION          SUBSCRIPTION          SUBSCRIPTION          SUBSCRIPTION
            METERED     GRACE         GRACE                 GRACE                 GRACE                 GRACE
            METERED     COMP          COMP                  COMP                  COMP                  COMP
            METERED     STAFF         STAFF                 STAFF                 STAFF                 STAFF
            REGISTERED  ANONYMOUS     SIGN_IN_REQUIRED      SIGN_IN_REQUIRED      SIGN_IN_REQUIRED      SIGN_IN_REQUIRED
            REGISTERED  REGISTERED    REGISTERED            REGISTERED            REGISTERED            REGISTERED
            REGISTERED  TRIAL         TRIAL                 TRIAL                 TRIAL                 TRIAL
            REGISTERED  SUBSCRIPTION  SUBSCRIPTION          SUBSCRIPTION          SUBSCRIPTION          SUBSCRIPTION
            REGISTERED  GRACE         GRACE                 GRACE                 GRACE                 GRACE
            REGISTERED  COMP          COMP                  COMP                  COMP                  COMP
            REGISTERED  STAFF         STAFF                 STAFF                 STAFF                 STAFF
            PREMIUM     ANONYMOUS     SUBSCRIPTION_REQUIRED SUBSCRIPTION_REQUIRED SUBSCRIPTION_REQUIRED SUBSCRIPTION_REQUIRED
            PREMIUM     REGISTERED    SUBSCRIPTION_REQUIRED SUBSCRIPTION_REQUIRED SUBSCRIPTION_REQUIRED SUBSCRIPTION_REQUIRED
            PREMIUM     TRIAL         TRIAL                 TRIAL                 TRIAL                 TRIAL
            PREMIUM     SUBSCRIPTION  SUBSCRIPTION          SUBSCRIPTION          SUBSCRIPTION          SUBSCRIPTION
            PREMIUM     GRACE         GRACE                 GRACE                 GRACE                 GRACE
            PREMIUM     COMP          COMP                  COMP                  COMP                  COMP
            PREMIUM     STAFF         STAFF                 STAFF                 STAFF                 STAFF
            """;

    static Stream<Arguments> decisions() {
        return TABLE.lines().filter(line -> !line.isBlank()).flatMap(line -> {
            List<String> cells = Arrays.asList(line.trim().split("\\s+"));
            AccessLevel level = AccessLevel.valueOf(cells.get(0));
            Reader reader = Reader.valueOf(cells.get(1));
            Meter[] meters = Meter.values();
            return Stream.of(0, 1, 2, 3).map(i -> Arguments.of(level, reader, meters[i],
                    AccessReason.valueOf(cells.get(2 + i))));
        });
    }

    @ParameterizedTest(name = "{0} article, {1} reader, {2} meter -> {3}")
    @MethodSource("decisions")
    void decidesEveryAccessLevelForEveryReaderAndMeterState(AccessLevel level, Reader reader, Meter meter,
            AccessReason expected) {
        AccessDecision decision = AccessPolicy.decide(level, reader.facts(), reader.entitlement(),
                reader.metered() ? meter.state() : null, meter.alreadyRead, false);

        assertThat(decision.reason()).isEqualTo(expected);
        assertThat(decision.granted()).isEqualTo(expected.granted());
        if (reader.metered()) {
            assertThat(decision.meter()).isEqualTo(meter.state());
        }
        else {
            assertThat(decision.meter()).isNull();
        }
    }

    @ParameterizedTest(name = "{0} article for staff with an entitlement -> STAFF")
    @MethodSource("gatedLevels")
    void staffReadsGatedArticlesAsStaffEvenWithAnEntitlement(AccessLevel level) {
        AccessDecision decision = AccessPolicy.decide(level, Reader.STAFF.facts(),
                ReaderEntitlement.of(ReaderEntitlement.Kind.SUBSCRIPTION, null), null, false, false);

        assertThat(decision.reason()).isEqualTo(AccessReason.STAFF);
        assertThat(decision.meter()).isNull();
    }

    static Stream<AccessLevel> gatedLevels() {
        return Stream.of(AccessLevel.METERED, AccessLevel.REGISTERED, AccessLevel.PREMIUM);
    }

    @ParameterizedTest(name = "meter limit 0, used 0 -> {0}")
    @MethodSource("noFreeReads")
    void deniesMeteredArticlesWhenThePublisherGivesNoFreeReads(AccessReason expected) {
        AccessDecision decision = AccessPolicy.decide(AccessLevel.METERED, ReaderFacts.anonymous("v"),
                ReaderEntitlement.none(), new MeterState(0, 0), false, false);

        assertThat(decision.reason()).isEqualTo(expected);
        assertThat(decision.meter().remaining()).isZero();
    }

    static Stream<AccessReason> noFreeReads() {
        return Stream.of(AccessReason.METER_EXHAUSTED);
    }

    @ParameterizedTest(name = "{0} article through a gift link, meter used up -> GIFT")
    @MethodSource("gatedLevels")
    void grantsGatedArticlesThroughAGiftLinkEvenWithTheMeterUsedUp(AccessLevel level) {
        MeterState usedUp = new MeterState(5, 5);

        AccessDecision decision = AccessPolicy.decide(level, ReaderFacts.signedIn(java.util.UUID.randomUUID(), null, false),
                ReaderEntitlement.none(), usedUp, false, true);

        assertThat(decision.reason()).isEqualTo(AccessReason.GIFT);
        assertThat(decision.granted()).isTrue();
        assertThat(decision.meter()).isEqualTo(usedUp);
    }

    @ParameterizedTest(name = "{0} article through a gift link for an anonymous visitor -> GIFT")
    @MethodSource("gatedLevels")
    void grantsGatedArticlesThroughAGiftLinkToAnonymousVisitors(AccessLevel level) {
        AccessDecision decision = AccessPolicy.decide(level, ReaderFacts.anonymous("v"), ReaderEntitlement.none(),
                new MeterState(3, 3), false, true);

        assertThat(decision.reason()).isEqualTo(AccessReason.GIFT);
    }

    @org.junit.jupiter.api.Test
    void keepsTheReadersOwnReasonWhenEntitledStaffOrFreeDespiteAGift() {
        ReaderFacts reader = ReaderFacts.signedIn(java.util.UUID.randomUUID(), null, false);

        assertThat(AccessPolicy.decide(AccessLevel.PREMIUM, reader, ReaderEntitlement.of(ReaderEntitlement.Kind.COMP, null),
                null, false, true).reason()).isEqualTo(AccessReason.COMP);
        assertThat(AccessPolicy.decide(AccessLevel.PREMIUM, Reader.STAFF.facts(), ReaderEntitlement.none(), null, false, true)
                .reason()).isEqualTo(AccessReason.STAFF);
        assertThat(AccessPolicy.decide(AccessLevel.FREE, reader, ReaderEntitlement.none(), new MeterState(0, 5), false, true)
                .reason()).isEqualTo(AccessReason.FREE);
    }
}
