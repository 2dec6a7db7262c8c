package org.broadsheet.billing.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.broadsheet.billing.CardDeclined;
import org.broadsheet.billing.CheckoutSessions;
import org.broadsheet.billing.CheckoutStarted;
import org.broadsheet.billing.EmbeddedPostgresHolder;
import org.broadsheet.billing.Entitlement;
import org.broadsheet.billing.EntitlementSource;
import org.broadsheet.billing.Entitlements;
import org.broadsheet.billing.LocalCheckouts;
import org.broadsheet.billing.MutableClock;
import org.broadsheet.billing.PaymentWebhooks;
import org.broadsheet.billing.StripeSigning;
import org.broadsheet.billing.SubscriptionAlreadyLive;
import org.broadsheet.billing.SubscriptionCanceled;
import org.broadsheet.billing.Subscriptions;
import org.broadsheet.billing.TrialEndingSoon;
import org.broadsheet.billing.TrialStarted;
import org.broadsheet.billing.webhook.ReconciliationAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The local provider's whole lifecycle on a real PostgreSQL server (migrations, row locks, ShedLock). */
@SpringBootTest(properties = {"broadsheet.billing.provider=local", "broadsheet.billing.jobs.enabled=false",
        "broadsheet.base-url=http://localhost:8080", "broadsheet.billing.stripe.webhook-secret=whsec_pg"})
@RecordApplicationEvents
@Import({LocalLifecyclePostgresIntegrationTests.TestClock.class, ReconciliationAccess.class})
class LocalLifecyclePostgresIntegrationTests {

    static final Instant START = Instant.parse("2026-11-01T10:00:00Z");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EmbeddedPostgresHolder::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    CheckoutSessions checkouts;
    @Autowired
    LocalCheckouts localCheckouts;
    @Autowired
    Entitlements entitlements;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    ReconciliationAccess reconciliation;
    @Autowired
    ApplicationEvents events;
    @Autowired
    PaymentWebhooks webhooks;

    @Test
    void runsTrialThenRenewalThenCancellationAtPeriodEnd() {
        clock.set(START);
        UUID account = UUID.randomUUID();
        CheckoutStarted started = checkouts.start(account, "reader@example.com", "monthly");
        assertThat(started.trial()).isTrue();
        assertThat(started.url()).startsWith("http://localhost:8080/billing/local-checkout/lcs_");
        String session = started.url().substring(started.url().lastIndexOf('/') + 1);

        localCheckouts.pay(session, account, "4242 4242 4242 4242", "12/34", "123");

        Instant trialEnd = START.plus(Duration.ofDays(14));
        assertThat(entitlements.of(account)).isEqualTo(new Entitlement(EntitlementSource.TRIAL, true, trialEnd));
        assertThat(events.stream(TrialStarted.class).filter(e -> e.accountId().equals(account))).hasSize(1);
        assertThatThrownBy(() -> checkouts.start(account, "reader@example.com", "annual"))
                .isInstanceOf(SubscriptionAlreadyLive.class);

        clock.set(trialEnd.minus(Duration.ofDays(2)));
        reconciliation.resync();
        reconciliation.resync();
        assertThat(events.stream(TrialEndingSoon.class).filter(e -> e.accountId().equals(account))).hasSize(1);

        clock.set(trialEnd.plusSeconds(60));
        reconciliation.resync();
        assertThat(subscriptions.current(account).status()).isEqualTo("active");
        Instant periodEnd = subscriptions.current(account).currentPeriodEnd();
        assertThat(periodEnd).isEqualTo(Instant.parse("2026-12-15T10:00:00Z"));
        assertThat(entitlements.of(account).source()).isEqualTo(EntitlementSource.SUBSCRIPTION);

        subscriptions.cancelAtPeriodEnd(account);
        clock.set(periodEnd.minusSeconds(1));
        assertThat(entitlements.of(account).active()).isTrue();

        clock.set(periodEnd.plus(Duration.ofHours(2)));
        reconciliation.resync();
        assertThat(subscriptions.current(account).status()).isEqualTo("canceled");
        assertThat(entitlements.of(account).active()).isFalse();
        assertThat(events.stream(SubscriptionCanceled.class).filter(e -> e.accountId().equals(account))).hasSize(1);
        assertThat(checkouts.start(account, "reader@example.com", "monthly").trial()).isFalse();
    }

    @Test
    void processesEachStoredEventOnceWhenWorkersOnSeveralThreadsCompete() throws Exception {
        clock.set(Instant.now());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = "evt_pg_" + UUID.randomUUID();
            ids.add(id);
            String payload = "{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"plan.created\",\"data\":{\"object\":{\"id\":\"plan_" + i + "\"}}}";
            webhooks.receive(payload, StripeSigning.header("whsec_pg", clock.instant().getEpochSecond(), payload));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                workers.add(pool.submit(reconciliation::processEvents));
            }
            int handled = 0;
            for (Future<Integer> worker : workers) {
                handled += worker.get();
            }
            handled += reconciliation.processEvents();
            assertThat(handled).isEqualTo(12);
        } finally {
            pool.shutdown();
        }
        assertThat(ids).allSatisfy(id -> {
            assertThat(reconciliation.status(id)).isEqualTo("IGNORED");
            assertThat(reconciliation.attempts(id)).isEqualTo(1);
        });
    }

    @Test
    void declinesTheDecliningTestCardAndStartsNothing() {
        UUID account = UUID.randomUUID();
        String url = checkouts.start(account, "reader@example.com", "annual").url();
        String session = url.substring(url.lastIndexOf('/') + 1);

        assertThatThrownBy(() -> localCheckouts.pay(session, account, "4000 0000 0000 0002", "12/34", "123"))
                .isInstanceOf(CardDeclined.class);
        assertThat(entitlements.of(account).active()).isFalse();
        assertThat(localCheckouts.find(session, UUID.randomUUID())).isEmpty();
    }
}
