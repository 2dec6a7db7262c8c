package org.broadsheet.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.broadsheet.BillingTestApplication;
import org.broadsheet.billing.Entitlement;
import org.broadsheet.billing.EntitlementSource;
import org.broadsheet.billing.Entitlements;
import org.broadsheet.billing.FakeStripe;
import org.broadsheet.billing.PaymentWebhooks;
import org.broadsheet.billing.StripeSigning;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whatever order, duplication or concurrency the webhooks of a subscription's life arrive in, the reader ends up
 * with exactly the entitlement that Stripe's current state of the subscription gives.
 */
class LifecycleConvergenceIntegrationTests {

    private static final Instant NOW = Instant.parse("2026-11-10T08:00:00Z");
    private static final String SECRET = "whsec_property";
    private static final FakeStripe STRIPE = new FakeStripe();
    private static final AtomicInteger RUN = new AtomicInteger();
    private static ConfigurableApplicationContext context;

    /** Stripe's final word on the subscription. */
    enum FinalState { TRIALING, ACTIVE, ACTIVE_CANCELLING, PAST_DUE, UNPAID, CANCELED }

    /** The webhooks of a lifecycle from checkout to the final state, by type and object. */
    private static final List<String[]> LIFECYCLE = List.of(
            new String[] {"checkout.session.completed", "checkout.session", "session"},
            new String[] {"customer.subscription.created", "subscription", "sub"},
            new String[] {"customer.subscription.trial_will_end", "subscription", "sub"},
            new String[] {"customer.subscription.updated", "subscription", "sub"},
            new String[] {"invoice.paid", "invoice", "paid"},
            new String[] {"invoice.payment_failed", "invoice", "failed"},
            new String[] {"customer.subscription.updated", "subscription", "sub"},
            new String[] {"customer.subscription.deleted", "subscription", "sub"},
            new String[] {"charge.refunded", "charge", "charge"});

    @Provide
    Arbitrary<List<Integer>> deliveries() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < LIFECYCLE.size(); i++) {
            all.add(i);
        }
        Arbitrary<List<Integer>> duplicates = Arbitraries.integers().between(0, LIFECYCLE.size() - 1).list().ofMaxSize(8);
        return duplicates.flatMap(extra -> {
            List<Integer> withDuplicates = new ArrayList<>(all);
            withDuplicates.addAll(extra);
            return Arbitraries.shuffle(withDuplicates);
        });
    }

    @Property(tries = 25)
    void convergesToStripesStateWhateverTheOrderAndDuplicates(@ForAll FinalState finalState,
                                                              @ForAll("deliveries") List<Integer> order) {
        Scenario scenario = new Scenario(finalState);
        for (int index : order) {
            deliver(scenario.event(index));
            worker().processDue();
        }
        drain();

        assertThat(entitlements().of(scenario.account)).isEqualTo(scenario.expected());
    }

    @Property(tries = 10)
    void convergesToStripesStateWhenDeliveriesArriveConcurrently(@ForAll FinalState finalState,
                                                                 @ForAll("deliveries") List<Integer> order) throws Exception {
        Scenario scenario = new Scenario(finalState);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int index : order) {
                running.add(pool.submit(() -> {
                    deliver(scenario.event(index));
                    worker().processDue();
                }));
            }
            for (Future<?> delivery : running) {
                delivery.get();
            }
        } finally {
            pool.shutdown();
        }
        drain();

        assertThat(entitlements().of(scenario.account)).isEqualTo(scenario.expected());
    }

    @Property(tries = 5)
    void convergesWhenEveryDeliveryIsStoredBeforeTheWorkerRuns(@ForAll("stateAndOrder") Object[] stateAndOrder) {
        FinalState finalState = (FinalState) stateAndOrder[0];
        @SuppressWarnings("unchecked")
        List<Integer> order = (List<Integer>) stateAndOrder[1];
        Scenario scenario = new Scenario(finalState);
        order.forEach(index -> deliver(scenario.event(index)));
        drain();

        assertThat(entitlements().of(scenario.account)).isEqualTo(scenario.expected());
    }

    @Provide
    Arbitrary<Object[]> stateAndOrder() {
        return Combinators.combine(Arbitraries.of(FinalState.class), deliveries()).as((s, o) -> new Object[] {s, o});
    }

    /** One reader's subscription at the fake Stripe, already in its final state when the webhooks arrive. */
    private static final class Scenario {

        final UUID account = UUID.randomUUID();
        final String run = String.valueOf(RUN.incrementAndGet());
        final String customer = "cus_prop" + run;
        final String subscription = "sub_prop" + run;
        final String session;
        final FinalState finalState;
        final Instant trialEnd = NOW.plus(Duration.ofDays(5));
        final Instant periodEnd = NOW.plus(Duration.ofDays(20));

        Scenario(FinalState finalState) {
            this.finalState = finalState;
            STRIPE.customer(customer, account.toString());
            String status = switch (finalState) {
                case TRIALING -> "trialing";
                case ACTIVE, ACTIVE_CANCELLING -> "active";
                case PAST_DUE -> "past_due";
                case UNPAID -> "unpaid";
                case CANCELED -> "canceled";
            };
            STRIPE.subscription(subscription, customer, status, FakeStripe.PRICE_MONTHLY,
                    finalState == FinalState.TRIALING ? trialEnd : null, periodEnd,
                    finalState == FinalState.ACTIVE_CANCELLING);
            STRIPE.invoice("in_paid" + run, customer, subscription, "paid");
            STRIPE.invoice("in_failed" + run, customer, subscription, "open");
            this.session = STRIPE.completedSession(account.toString(), customer, subscription);
        }

        String event(int index) {
            String[] kind = LIFECYCLE.get(index);
            String objectId = switch (kind[2]) {
                case "session" -> session;
                case "sub" -> subscription;
                case "paid" -> "in_paid" + run;
                case "failed" -> "in_failed" + run;
                default -> "ch_prop" + run;
            };
            var object = org.broadsheet.billing.StripeFixtures.of(kind[1]);
            object.addProperty("id", objectId);
            object.addProperty("customer", customer);
            return StripeBillingTestSupport.event("evt_prop" + run + "_" + index, kind[0], object);
        }

        Entitlement expected() {
            return switch (finalState) {
                case TRIALING -> new Entitlement(EntitlementSource.TRIAL, true, trialEnd);
                case ACTIVE, ACTIVE_CANCELLING -> new Entitlement(EntitlementSource.SUBSCRIPTION, true, periodEnd);
                case PAST_DUE -> new Entitlement(EntitlementSource.GRACE, true, NOW.plus(Duration.ofDays(7)));
                case UNPAID, CANCELED -> Entitlement.none();
            };
        }
    }

    private static void deliver(String payload) {
        context().getBean(PaymentWebhooks.class)
                .receive(payload, StripeSigning.header(SECRET, NOW.getEpochSecond(), payload));
    }

    /** Runs the worker until no event is due; failed events retry at once here (no backoff). */
    private static void drain() {
        for (int round = 0; round < 20 && worker().processDue() > 0; round++) {
            // keep going while events were handled
        }
    }

    private static EventWorker worker() {
        return context().getBean(EventWorker.class);
    }

    private static Entitlements entitlements() {
        return context().getBean(Entitlements.class);
    }

    private static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            context = new SpringApplicationBuilder(BillingTestApplication.class)
                    .initializers(ctx -> ctx.getBeanFactory().registerSingleton("propertyClock", Clock.fixed(NOW, ZoneOffset.UTC)))
                    .properties(
                            "spring.datasource.url=jdbc:h2:mem:billing-property;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                            "broadsheet.billing.provider=stripe",
                            "broadsheet.billing.stripe.secret-key=sk_test_property",
                            "broadsheet.billing.stripe.webhook-secret=" + SECRET,
                            "broadsheet.billing.stripe.price-monthly=" + FakeStripe.PRICE_MONTHLY,
                            "broadsheet.billing.stripe.price-annual=" + FakeStripe.PRICE_ANNUAL,
                            "broadsheet.billing.stripe.api-base=" + STRIPE.apiBase(),
                            "broadsheet.billing.stripe.max-network-retries=0",
                            "broadsheet.billing.jobs.enabled=false",
                            "broadsheet.billing.jobs.retry-base=0s",
                            "broadsheet.billing.jobs.max-attempts=100",
                            "spring.main.banner-mode=off")
                    .run();
        }
        return context;
    }

    @AfterContainer
    static void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
