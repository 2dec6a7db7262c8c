package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.broadsheet.content.article.Articles;
import org.broadsheet.content.article.Newsroom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The server-side meter through the gate, with real transactions; subclasses pick H2 or PostgreSQL. */
@ContentIntegrationTest
abstract class MeterIntegrationTests {

    @Autowired
    ArticleGate gate;

    @Autowired
    Meters meters;

    @Autowired
    Newsroom newsroom;

    @Autowired
    TestClock clock;

    @Autowired
    ReaderEntitlements entitlements;

    @Autowired
    PaywallProperties paywall;

    @BeforeEach
    void fileCatalog() {
        clock.set(ContentIntegrationTest.NOW);
        given(entitlements.entitlementOf(any())).willReturn(ReaderEntitlement.none());
        Articles.fileCatalog(newsroom);
    }

    @Test
    void grantsExactlyTheMeterLimitToThirtyTwoConcurrentFirstReadsOfOneVisitor() throws Exception {
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            slugs.add(meteredArticle());
        }
        ReaderFacts visitor = ReaderFacts.anonymous(newVisitor());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<AccessDecision>> decisions = new ArrayList<>();
        try {
            for (String slug : slugs) {
                Callable<AccessDecision> read = () -> {
                    start.await();
                    return gate.read(slug, visitor).orElseThrow().access();
                };
                decisions.add(pool.submit(read));
            }
            start.countDown();
            List<AccessDecision> outcomes = new ArrayList<>();
            for (Future<AccessDecision> decision : decisions) {
                outcomes.add(decision.get(2, TimeUnit.MINUTES));
            }

            assertThat(outcomes).filteredOn(AccessDecision::granted).hasSize(paywall.meterAnonymous())
                    .allSatisfy(d -> assertThat(d.reason()).isEqualTo(AccessReason.METER));
            assertThat(outcomes).filteredOn(d -> !d.granted()).hasSize(32 - paywall.meterAnonymous())
                    .allSatisfy(d -> assertThat(d.reason()).isEqualTo(AccessReason.METER_EXHAUSTED));
            assertThat(meters.stateFor(visitor)).isEqualTo(new MeterState(3, 3));
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void countsEachArticleOnceAMonthSoReReadsAreFree() {
        ReaderFacts visitor = ReaderFacts.anonymous(newVisitor());
        String slug = meteredArticle();

        AccessDecision first = gate.read(slug, visitor).orElseThrow().access();
        AccessDecision again = gate.read(slug, visitor).orElseThrow().access();

        assertThat(first.meter()).isEqualTo(new MeterState(1, 3));
        assertThat(again.reason()).isEqualTo(AccessReason.METER);
        assertThat(again.meter()).isEqualTo(new MeterState(1, 3));
        assertThat(meters.stateFor(visitor).remaining()).isEqualTo(2);
    }

    @Test
    void letsAnExhaustedVisitorReReadWhatCountedButNothingNew() {
        ReaderFacts visitor = ReaderFacts.anonymous(newVisitor());
        String counted = meteredArticle();
        gate.read(counted, visitor);
        gate.read(meteredArticle(), visitor);
        gate.read(meteredArticle(), visitor);

        ReadableArticle fourth = gate.read(meteredArticle(), visitor).orElseThrow();
        ReadableArticle reRead = gate.read(counted, visitor).orElseThrow();

        assertThat(fourth.access().reason()).isEqualTo(AccessReason.METER_EXHAUSTED);
        assertThat(fourth.access().meter().remaining()).isZero();
        assertThat(reRead.access().reason()).isEqualTo(AccessReason.METER);
        assertThat(reRead.truncated()).isFalse();
    }

    @Test
    void startsAFreshMeterAtMidnightOfTheFirstInThePublishersTimeZone() {
        ReaderFacts visitor = ReaderFacts.anonymous(newVisitor());
        // 23:59:59 IST on 30 November, while UTC is still on the same day.
        clock.set(Instant.parse("2026-11-30T18:29:59Z"));
        for (int i = 0; i < 3; i++) {
            gate.read(meteredArticle(), visitor);
        }
        assertThat(gate.read(meteredArticle(), visitor).orElseThrow().access().reason())
                .isEqualTo(AccessReason.METER_EXHAUSTED);

        // 00:00 IST on 1 December; in UTC it is still 30 November.
        clock.set(Instant.parse("2026-11-30T18:30:00Z"));
        AccessDecision december = gate.read(meteredArticle(), visitor).orElseThrow().access();

        assertThat(december.reason()).isEqualTo(AccessReason.METER);
        assertThat(december.meter()).isEqualTo(new MeterState(1, 3));
    }

    @Test
    void givesSignedInReadersTheRegisteredLimit() {
        ReaderFacts reader = ReaderFacts.signedIn(UUID.randomUUID(), null, false);

        List<AccessReason> reasons = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            reasons.add(gate.read(meteredArticle(), reader).orElseThrow().access().reason());
        }

        assertThat(reasons).containsExactly(AccessReason.METER, AccessReason.METER, AccessReason.METER,
                AccessReason.METER, AccessReason.METER, AccessReason.METER_EXHAUSTED);
        assertThat(meters.stateFor(reader)).isEqualTo(new MeterState(5, 5));
    }

    @Test
    void neverCountsEntitledReaders() {
        UUID subscriber = UUID.randomUUID();
        given(entitlements.entitlementOf(subscriber))
                .willReturn(ReaderEntitlement.of(ReaderEntitlement.Kind.SUBSCRIPTION, null));
        ReaderFacts reader = ReaderFacts.signedIn(subscriber, null, false);

        for (int i = 0; i < 6; i++) {
            AccessDecision decision = gate.read(meteredArticle(), reader).orElseThrow().access();
            assertThat(decision.reason()).isEqualTo(AccessReason.SUBSCRIPTION);
            assertThat(decision.meter()).isNull();
        }
        assertThat(meters.stateFor(reader)).isNull();
        given(entitlements.entitlementOf(subscriber)).willReturn(ReaderEntitlement.none());
        assertThat(meters.stateFor(reader)).isEqualTo(new MeterState(0, 5));
    }

    @Test
    void treatsAReaderWithoutCookieAsAFreshVisitor() {
        ReaderFacts noCookie = ReaderFacts.anonymous(null);

        AccessDecision decision = gate.read(meteredArticle(), noCookie).orElseThrow().access();

        assertThat(decision.reason()).isEqualTo(AccessReason.METER);
        assertThat(meters.stateFor(noCookie)).isEqualTo(new MeterState(0, 3));
    }

    @Test
    void movesAVisitorsReadsOntoTheAccountWhenTheBrowserSignsIn() {
        String visitorId = newVisitor();
        UUID account = UUID.randomUUID();
        ReaderFacts visitor = ReaderFacts.anonymous(visitorId);
        ReaderFacts reader = ReaderFacts.signedIn(account, visitorId, false);
        String onlyAsVisitor = meteredArticle();
        String both = meteredArticle();
        gate.read(onlyAsVisitor, visitor);
        gate.read(both, visitor);
        gate.read(both, reader);
        gate.read(meteredArticle(), reader);

        meters.adoptVisitorReads(visitorId, account);

        assertThat(meters.stateFor(reader)).isEqualTo(new MeterState(3, 5));
        assertThat(meters.stateFor(visitor)).isEqualTo(new MeterState(0, 3));
        AccessDecision reRead = gate.read(onlyAsVisitor, reader).orElseThrow().access();
        assertThat(reRead.meter()).isEqualTo(new MeterState(3, 5));
    }

    @Test
    void leavesTheMeterAloneForFreeArticlesAndPeeks() {
        ReaderFacts visitor = ReaderFacts.anonymous(newVisitor());
        String free = Articles.slug("free");
        newsroom.publish(Articles.free(free));
        String metered = meteredArticle();

        AccessDecision freeRead = gate.read(free, visitor).orElseThrow().access();
        AccessDecision peek = gate.peek(metered, visitor).orElseThrow().access();

        assertThat(freeRead.reason()).isEqualTo(AccessReason.FREE);
        assertThat(peek.reason()).isEqualTo(AccessReason.METER);
        assertThat(meters.stateFor(visitor)).isEqualTo(new MeterState(0, 3));
    }

    private String meteredArticle() {
        String slug = Articles.slug("metered");
        newsroom.publish(Articles.metered(slug));
        return slug;
    }

    private static String newVisitor() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 22);
    }
}
