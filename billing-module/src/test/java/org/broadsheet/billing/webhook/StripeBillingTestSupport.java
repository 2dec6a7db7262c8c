package org.broadsheet.billing.webhook;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonObject;
import org.broadsheet.billing.FakeStripe;
import org.broadsheet.billing.MutableClock;
import org.broadsheet.billing.PaymentWebhooks;
import org.broadsheet.billing.StripeFixtures;
import org.broadsheet.billing.StripeSigning;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Billing with {@code BILLING_PROVIDER=stripe} against a {@link FakeStripe}: stripe-java's own client, webhooks
 * signed as Stripe signs them, the worker run by hand.
 */
@SpringBootTest(properties = {
        "broadsheet.billing.provider=stripe",
        "broadsheet.billing.stripe.secret-key=sk_test_broadsheet",
        "broadsheet.billing.stripe.webhook-secret=" + StripeBillingTestSupport.WEBHOOK_SECRET + ",whsec_old_rotated",
        "broadsheet.billing.stripe.price-monthly=" + FakeStripe.PRICE_MONTHLY,
        "broadsheet.billing.stripe.price-annual=" + FakeStripe.PRICE_ANNUAL,
        "broadsheet.billing.stripe.read-timeout=1s",
        "broadsheet.billing.stripe.connect-timeout=1s",
        "broadsheet.billing.stripe.max-network-retries=0",
        "broadsheet.billing.jobs.enabled=false",
        "broadsheet.billing.jobs.retry-base=0s",
        "broadsheet.base-url=https://news.example"})
@RecordApplicationEvents
@Import(StripeBillingTestSupport.TestClock.class)
public abstract class StripeBillingTestSupport {

    public static final String WEBHOOK_SECRET = "whsec_test_current";
    protected static final Instant START = Instant.parse("2026-11-01T10:00:00Z");
    protected static final FakeStripe STRIPE = new FakeStripe();
    private static final AtomicInteger EVENTS = new AtomicInteger();

    @DynamicPropertySource
    static void stripeApi(DynamicPropertyRegistry registry) {
        registry.add("broadsheet.billing.stripe.api-base", STRIPE::apiBase);
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
    protected MutableClock clock;
    @Autowired
    protected PaymentWebhooks webhooks;
    @Autowired
    private EventWorker worker;
    @Autowired
    private Reconciliation reconciliation;
    @Autowired
    private WebhookEvents storedEvents;

    @BeforeEach
    void resetStripe() {
        STRIPE.reset();
        clock.set(START);
    }

    /** Processes every stored event that is due, as the scheduled worker does. */
    protected int processEvents() {
        return worker.processDue();
    }

    protected void resync() {
        reconciliation.resync();
    }

    protected void replayUndelivered() {
        reconciliation.replayUndelivered();
    }

    protected String storedStatus(String eventId) {
        return storedEvents.findById(eventId).map(WebhookEvent::getStatus).orElse(null);
    }

    protected int storedAttempts(String eventId) {
        return storedEvents.findById(eventId).map(WebhookEvent::getAttempts).orElse(-1);
    }

    protected String storedError(String eventId) {
        return storedEvents.findById(eventId).map(WebhookEvent::getLastError).orElse(null);
    }

    protected long storedCount(String eventId) {
        return storedEvents.findById(eventId).isPresent() ? 1 : 0;
    }

    /** A Stripe event (from the fixture) of this type about an object carrying just the given id. */
    protected static String event(String eventId, String type, String objectResource, String objectId) {
        JsonObject object = StripeFixtures.of(objectResource);
        object.addProperty("id", objectId);
        return event(eventId, type, object);
    }

    protected static String event(String eventId, String type, JsonObject object) {
        JsonObject event = StripeFixtures.of("event");
        event.addProperty("id", eventId);
        event.addProperty("type", type);
        event.addProperty("api_version", "2026-07-29.dahlia");
        JsonObject data = new JsonObject();
        data.add("object", object);
        event.add("data", data);
        return event.toString();
    }

    protected static String newEventId() {
        return "evt_test_" + EVENTS.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Delivers a webhook signed now with the current secret, as Stripe does. */
    protected void deliver(String payload) {
        webhooks.receive(payload, StripeSigning.header(WEBHOOK_SECRET, clock.instant().getEpochSecond(), payload));
    }
}
