package org.broadsheet.billing.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import java.util.Objects;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.broadsheet.billing.SubscriptionsReconciled;
import org.broadsheet.billing.subscription.CheckoutOutcome;
import org.broadsheet.billing.subscription.CheckoutRecord;
import org.broadsheet.billing.subscription.CheckoutRecords;
import org.broadsheet.billing.subscription.PaymentProvider;
import org.broadsheet.billing.subscription.ProviderEvent;
import org.broadsheet.billing.subscription.SubscriptionRecord;
import org.broadsheet.billing.subscription.SubscriptionRecords;
import org.broadsheet.billing.subscription.SubscriptionSync;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Catches up with the provider when webhooks were missed: re-syncs stale or stuck subscriptions and replays failed deliveries. */
@Component
class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final SubscriptionRecords subscriptions;
    private final CheckoutRecords checkouts;
    private final PaymentProvider provider;
    private final SubscriptionSync sync;
    private final StoredPaymentWebhooks webhooks;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Reconciliation(SubscriptionRecords subscriptions, CheckoutRecords checkouts, PaymentProvider provider,
                   SubscriptionSync sync, StoredPaymentWebhooks webhooks, Clock clock,
                   ApplicationEventPublisher events) {
        this.events = events;
        this.subscriptions = subscriptions;
        this.checkouts = checkouts;
        this.provider = provider;
        this.sync = sync;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /**
     * Re-syncs subscriptions not synced in the last hour or stuck, announces trials ending within three days, and
     * looks up checkouts with no subscription after an hour.
     */
    @SchedulerLock(name = "billing-resync", lockAtMostFor = "PT10M")
    public void resync() {
        Instant now = clock.instant();
        int synced = 0;
        int corrected = 0;
        for (SubscriptionRecord record : subscriptions.needingResync(now.minus(Duration.ofHours(1)), now,
                now.minus(Duration.ofDays(1)))) {
            try {
                SubscriptionRecord after = sync.sync(record.getSubscriptionId(), record.getAccountId());
                synced++;
                if (drifted(record, after)) {
                    corrected++;
                }
            } catch (RuntimeException e) {
                log.warn("Re-sync of subscription {} failed: {}", record.getSubscriptionId(), e.getMessage());
            }
        }
        // the local provider sends no trial_will_end; for Stripe this repeats the webhook's notice, published once
        for (SubscriptionRecord trial : subscriptions.findByStatusAndTrialEndBetween("trialing", now, now.plus(Duration.ofDays(3)))) {
            try {
                sync.trialEndingSoon(trial.getSubscriptionId());
            } catch (RuntimeException e) {
                log.warn("Trial-end notice for {} failed: {}", trial.getSubscriptionId(), e.getMessage());
            }
        }
        for (CheckoutRecord checkout : checkouts.findBySubscriptionIdIsNullAndCreatedAtBetween(
                now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(1)))) {
            try {
                CheckoutOutcome outcome = provider.checkoutOutcome(checkout.getSessionId());
                if (outcome.subscriptionId() != null) {
                    sync.sync(outcome.subscriptionId(), checkout.getAccountId());
                    synced++;
                    corrected++;
                }
            } catch (RuntimeException e) {
                log.warn("Checking checkout {} failed: {}", checkout.getSessionId(), e.getMessage());
            }
        }
        log.debug("Re-synced {} subscriptions, {} had drifted", synced, corrected);
        events.publishEvent(new SubscriptionsReconciled(synced, corrected, 0, clock.instant()));
    }

    private static boolean drifted(SubscriptionRecord before, SubscriptionRecord after) {
        return !Objects.equals(before.getStatus(), after.getStatus())
                || !Objects.equals(before.getCurrentPeriodEnd(), after.getCurrentPeriodEnd())
                || !Objects.equals(before.getTrialEnd(), after.getTrialEnd())
                || before.isCancelAtPeriodEnd() != after.isCancelAtPeriodEnd();
    }

    /** Stores the provider's events of the last three days whose delivery failed; the worker applies them. */
    @SchedulerLock(name = "billing-replay-undelivered", lockAtMostFor = "PT30M")
    public void replayUndelivered() {
        int stored = 0;
        for (ProviderEvent event : provider.undeliveredEvents(clock.instant().minus(Duration.ofDays(3)))) {
            if (webhooks.store(event)) {
                stored++;
            }
        }
        log.debug("Stored {} undelivered events", stored);
        events.publishEvent(new SubscriptionsReconciled(0, 0, stored, clock.instant()));
    }
}
