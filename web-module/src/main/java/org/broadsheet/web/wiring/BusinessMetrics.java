package org.broadsheet.web.wiring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.broadsheet.billing.CheckoutOpened;
import org.broadsheet.billing.SubscriptionsReconciled;
import org.broadsheet.billing.TrialConverted;
import org.broadsheet.billing.TrialStarted;
import org.broadsheet.billing.WebhookBacklog;
import org.broadsheet.billing.WebhookEventFailed;
import org.broadsheet.billing.WebhookEventReceived;
import org.broadsheet.billing.WebhookEventRejected;
import org.broadsheet.content.AccessReason;
import org.broadsheet.content.ArticleDenied;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The business counters on {@code /actuator/prometheus}, counted from the modules' events so no module knows
 * about Micrometer. Counters are per instance (Prometheus sums them); the webhook backlog gauges read the
 * shared database, so every instance reports the same value.
 */
@Component
class BusinessMetrics {

    private static final Duration BACKLOG_CACHE = Duration.ofSeconds(5);

    private final Counter paywallShown;
    private final Counter meterExhausted;
    private final Counter checkoutsStarted;
    private final Counter trialsStarted;
    private final Counter conversions;
    private final Counter webhooksStored;
    private final Counter webhooksDuplicate;
    private final Counter webhooksRejected;
    private final Counter webhookFailures;
    private final Counter reconciliationFixes;
    private final WebhookBacklog backlog;
    private final Clock clock;
    private final AtomicReference<Sample> lastBacklog = new AtomicReference<>();

    BusinessMetrics(MeterRegistry registry, WebhookBacklog backlog) {
        this.backlog = backlog;
        this.clock = Clock.systemUTC();
        paywallShown = Counter.builder("broadsheet.paywall.shown")
                .description("Article reads answered with the lead-in and the paywall instead of the article")
                .register(registry);
        meterExhausted = Counter.builder("broadsheet.meter.exhausted")
                .description("Denied reads of METERED articles because the monthly meter was used up")
                .register(registry);
        checkoutsStarted = Counter.builder("broadsheet.checkouts.started")
                .description("Readers sent to a checkout").register(registry);
        trialsStarted = Counter.builder("broadsheet.trials.started")
                .description("Free trials started").register(registry);
        conversions = Counter.builder("broadsheet.conversions")
                .description("Subscriptions that went from trialing to active").register(registry);
        webhooksStored = Counter.builder("broadsheet.webhook.events.received").tag("outcome", "stored")
                .description("Payment webhooks received").register(registry);
        webhooksDuplicate = Counter.builder("broadsheet.webhook.events.received").tag("outcome", "duplicate")
                .description("Payment webhooks received").register(registry);
        webhooksRejected = Counter.builder("broadsheet.webhook.events.received").tag("outcome", "rejected")
                .description("Payment webhooks received").register(registry);
        webhookFailures = Counter.builder("broadsheet.webhook.events.failed")
                .description("Failed attempts to apply a stored webhook event").register(registry);
        reconciliationFixes = Counter.builder("broadsheet.reconciliation.fixes")
                .description("Subscriptions corrected and missed events recovered by reconciliation").register(registry);
        Gauge.builder("broadsheet.webhook.lag", this, metrics -> metrics.backlog().lagSeconds())
                .description("Age in seconds of the oldest stored webhook event not yet applied (0 when none waits)")
                .baseUnit("seconds").register(registry);
        Gauge.builder("broadsheet.webhook.events.waiting", this, metrics -> metrics.backlog().snapshot().waiting())
                .description("Stored webhook events not yet applied").register(registry);
        Gauge.builder("broadsheet.webhook.events.failing", this, metrics -> metrics.backlog().snapshot().failing())
                .description("Stored webhook events whose last attempt failed, including those given up on")
                .register(registry);
    }

    @EventListener
    void on(ArticleDenied denied) {
        paywallShown.increment();
        if (denied.reason() == AccessReason.METER_EXHAUSTED) {
            meterExhausted.increment();
        }
    }

    @EventListener
    void on(CheckoutOpened opened) {
        checkoutsStarted.increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TrialStarted started) {
        trialsStarted.increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TrialConverted converted) {
        conversions.increment();
    }

    @EventListener
    void on(WebhookEventReceived received) {
        (received.duplicate() ? webhooksDuplicate : webhooksStored).increment();
    }

    @EventListener
    void on(WebhookEventRejected rejected) {
        webhooksRejected.increment();
    }

    @EventListener
    void on(WebhookEventFailed failed) {
        webhookFailures.increment();
    }

    @EventListener
    void on(SubscriptionsReconciled reconciled) {
        reconciliationFixes.increment(reconciled.corrected() + reconciled.replayed());
    }

    /** One database read serves every gauge of a scrape. */
    private Sample backlog() {
        Instant now = clock.instant();
        Sample sample = lastBacklog.get();
        if (sample == null || sample.takenAt().plus(BACKLOG_CACHE).isBefore(now)) {
            sample = new Sample(backlog.snapshot(), now);
            lastBacklog.set(sample);
        }
        return sample;
    }

    private record Sample(WebhookBacklog.Snapshot snapshot, Instant takenAt) {

        double lagSeconds() {
            Instant oldest = snapshot.oldestWaiting();
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, takenAt).toMillis() / 1000.0);
        }
    }
}
