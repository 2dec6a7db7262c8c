package org.broadsheet.billing.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.broadsheet.billing.PaymentFailed;
import org.broadsheet.billing.SubscriptionCanceled;
import org.broadsheet.billing.SubscriptionStarted;
import org.broadsheet.billing.TrialEndingSoon;
import org.broadsheet.billing.TrialConverted;
import org.broadsheet.billing.TrialStarted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings billing's copy of a subscription in line with the provider under a row lock, so duplicates,
 * concurrent deliveries and any order converge to the provider's state; publishes each billing event once.
 */
@Component
public class SubscriptionSync {

    private final PaymentProvider provider;
    private final SubscriptionRecords subscriptions;
    private final CustomerRecords customers;
    private final TrialUses trialUses;
    private final CheckoutRecords checkouts;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate transaction;

    SubscriptionSync(PaymentProvider provider, SubscriptionRecords subscriptions, CustomerRecords customers,
                     TrialUses trialUses, CheckoutRecords checkouts, Notices notices,
                     ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.provider = provider;
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.trialUses = trialUses;
        this.checkouts = checkouts;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Re-fetches the subscription from the provider while holding its row lock and applies it.
     *
     * @param accountHint the account the caller believes owns it (checkout's client reference); may be null
     */
    public SubscriptionRecord sync(String subscriptionId, UUID accountHint) {
        if (subscriptions.findBySubscriptionId(subscriptionId).isEmpty()) {
            ensureRow(provider.fetchSubscription(subscriptionId), accountHint);
        }
        return transaction.execute(tx -> applyLocked(subscriptionId, () -> provider.fetchSubscription(subscriptionId), false));
    }

    /** Applies a state the provider just answered with (a change made through it, or the local provider's own). */
    public SubscriptionRecord apply(ProviderSubscription snapshot, UUID accountHint) {
        ensureRow(snapshot, accountHint);
        return transaction.execute(tx -> applyLocked(snapshot.id(), () -> snapshot, false));
    }

    /**
     * Takes over a subscription that began outside Broadsheet (a customer brought over from another platform): its
     * state is applied, and what it went through before (started, trial, failed payment, cancellation) is noted as
     * already told, so no event and no mail follows for the past; later changes publish as usual.
     */
    public SubscriptionRecord adopt(ProviderSubscription snapshot, UUID accountId) {
        ensureRow(snapshot, accountId);
        return transaction.execute(tx -> applyLocked(snapshot.id(), () -> snapshot, true));
    }

    /** Publishes that the trial ends soon, once per trial end, after syncing. */
    public void trialEndingSoon(String subscriptionId) {
        SubscriptionRecord record = sync(subscriptionId, null);
        if ("trialing".equals(record.getStatus()) && record.getTrialEnd() != null) {
            transaction.executeWithoutResult(tx -> publishOnce(
                    "trial-ending:" + subscriptionId + ":" + record.getTrialEnd().getEpochSecond(),
                    key -> new TrialEndingSoon(record.getAccountId(), subscriptionId, record.getTrialEnd(), clock.instant(), key)));
        }
    }

    /** Syncs after a failed payment of this invoice, remembering it as the start of the grace period. */
    public void paymentFailed(String subscriptionId, String invoiceId) {
        sync(subscriptionId, null);
        transaction.executeWithoutResult(tx -> subscriptions.lockBySubscriptionId(subscriptionId).ifPresent(record -> {
            if ("past_due".equals(record.getStatus())) {
                publishOnce("payment-failed:" + subscriptionId + ":" + periodKey(record),
                        key -> new PaymentFailed(record.getAccountId(), subscriptionId, invoiceId, clock.instant(), key));
            }
        }));
    }

    private void ensureRow(ProviderSubscription snapshot, UUID accountHint) {
        if (subscriptions.findBySubscriptionId(snapshot.id()).isPresent()) {
            return;
        }
        UUID accountId = accountOf(snapshot, accountHint);
        try {
            newTransaction.executeWithoutResult(tx -> subscriptions.saveAndFlush(
                    new SubscriptionRecord(accountId, provider.key(), snapshot, clock.instant())));
        } catch (DataIntegrityViolationException concurrentInsert) {
            // another delivery inserted it first; the row lock below serialises the rest
        }
    }

    private UUID accountOf(ProviderSubscription snapshot, UUID accountHint) {
        if (snapshot.accountId() != null) {
            return snapshot.accountId();
        }
        if (snapshot.customerId() != null) {
            Optional<CustomerRecord> customer = customers.findByCustomerId(snapshot.customerId());
            if (customer.isPresent()) {
                return customer.get().getAccountId();
            }
        }
        if (accountHint != null) {
            return accountHint;
        }
        if (snapshot.customerId() != null) {
            Optional<UUID> account = provider.accountOfCustomer(snapshot.customerId());
            if (account.isPresent()) {
                return account.get();
            }
        }
        throw new IllegalStateException("No Broadsheet account for subscription " + snapshot.id());
    }

    private SubscriptionRecord applyLocked(String subscriptionId, Supplier<ProviderSubscription> state, boolean quietly) {
        SubscriptionRecord record = subscriptions.lockBySubscriptionId(subscriptionId)
                .orElseThrow(() -> new IllegalStateException("Subscription row missing: " + subscriptionId));
        ProviderSubscription snapshot = state.get();
        Instant now = clock.instant();
        String before = record.getStatus();
        record.apply(snapshot, now);
        UUID accountId = record.getAccountId();
        if ((snapshot.trialStart() != null || snapshot.trialEnd() != null) && !trialUses.existsById(accountId)) {
            trialUses.save(new TrialUse(accountId, subscriptionId, now));
        }
        checkouts.findByAccountIdAndSubscriptionIdIsNull(accountId).forEach(c -> c.completedWith(subscriptionId));
        String status = record.getStatus();
        if ("trialing".equals(status) || "active".equals(status)) {
            publishOnce(quietly, "subscription-started:" + subscriptionId,
                    key -> new SubscriptionStarted(accountId, subscriptionId, record.getPlanKey(), now, key));
        }
        if ("trialing".equals(before) && "active".equals(status)) {
            publishOnce(quietly, "trial-converted:" + subscriptionId,
                    key -> new TrialConverted(accountId, subscriptionId, record.getPlanKey(), now, key));
        }
        if ("trialing".equals(status) && record.getTrialEnd() != null) {
            publishOnce(quietly, "trial-started:" + subscriptionId,
                    key -> new TrialStarted(accountId, subscriptionId, record.getTrialEnd(), now, key));
        }
        if ("past_due".equals(status)) {
            publishOnce(quietly, "payment-failed:" + subscriptionId + ":" + periodKey(record),
                    key -> new PaymentFailed(accountId, subscriptionId, null, now, key));
        }
        if ("canceled".equals(status)) {
            publishOnce(quietly, "subscription-canceled:" + subscriptionId,
                    key -> new SubscriptionCanceled(accountId, subscriptionId, record.getEndedAt(), now, key));
        }
        return record;
    }

    private static String periodKey(SubscriptionRecord record) {
        return record.getCurrentPeriodEnd() == null ? "0" : String.valueOf(record.getCurrentPeriodEnd().getEpochSecond());
    }

    private void publishOnce(String dedupeKey, java.util.function.Function<String, Object> event) {
        publishOnce(false, dedupeKey, event);
    }

    private void publishOnce(boolean quietly, String dedupeKey, java.util.function.Function<String, Object> event) {
        if (notices.existsById(dedupeKey)) {
            return;
        }
        notices.save(new Notice(dedupeKey, clock.instant()));
        if (!quietly) {
            events.publishEvent(event.apply(dedupeKey));
        }
    }
}
