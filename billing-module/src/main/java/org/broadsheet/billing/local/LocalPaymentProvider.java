package org.broadsheet.billing.local;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.broadsheet.billing.Plans;
import org.broadsheet.billing.subscription.CheckoutOutcome;
import org.broadsheet.billing.subscription.CheckoutRecords;
import org.broadsheet.billing.subscription.CheckoutRequest;
import org.broadsheet.billing.subscription.PaymentProvider;
import org.broadsheet.billing.subscription.ProviderCheckout;
import org.broadsheet.billing.subscription.ProviderEvent;
import org.broadsheet.billing.subscription.ProviderSubscription;
import org.broadsheet.billing.subscription.SubscriptionRecord;
import org.broadsheet.billing.subscription.SubscriptionRecords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The built-in provider for demos and development: billing's own subscription rows are its state, and time
 * moves them on as Stripe would (a trial turns active at its end, a cancelled period ends the subscription).
 */
@Component
@ConditionalOnProperty(name = "broadsheet.billing.provider", havingValue = "local", matchIfMissing = true)
class LocalPaymentProvider implements PaymentProvider {

    private final SubscriptionRecords subscriptions;
    private final CheckoutRecords checkouts;
    private final Plans plans;
    private final Clock clock;
    private final String baseUrl;

    LocalPaymentProvider(SubscriptionRecords subscriptions, CheckoutRecords checkouts, Plans plans, Clock clock,
                         @Value("${broadsheet.base-url:http://localhost:8080}") String baseUrl) {
        this.subscriptions = subscriptions;
        this.checkouts = checkouts;
        this.plans = plans;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public String key() {
        return "local";
    }

    @Override
    public String createCustomer(UUID accountId, String email) {
        return "lcus_" + accountId;
    }

    @Override
    public boolean customerEverTrialed(String customerId) {
        return subscriptions.findByCustomerId(customerId).stream().anyMatch(s -> s.getTrialStart() != null);
    }

    @Override
    public ProviderCheckout createCheckout(CheckoutRequest request) {
        String sessionId = "lcs_" + request.checkoutId().toString().replace("-", "");
        return new ProviderCheckout(sessionId, baseUrl + "/billing/local-checkout/" + sessionId);
    }

    @Override
    public CheckoutOutcome checkoutOutcome(String sessionId) {
        return checkouts.findBySessionId(sessionId)
                .map(c -> new CheckoutOutcome(sessionId, c.getSubscriptionId(), null, c.getAccountId()))
                .orElse(new CheckoutOutcome(sessionId, null, null, null));
    }

    @Override
    public ProviderSubscription fetchSubscription(String subscriptionId) {
        SubscriptionRecord record = subscriptions.findBySubscriptionId(subscriptionId)
                .orElseThrow(() -> new IllegalStateException("No local subscription " + subscriptionId));
        return advanced(record.snapshot());
    }

    /** What the subscription has become by now. */
    private ProviderSubscription advanced(ProviderSubscription s) {
        Instant now = clock.instant();
        ProviderSubscription current = s;
        if ("trialing".equals(current.status()) && current.trialEnd() != null && !now.isBefore(current.trialEnd())) {
            current = with(current, "active", current.trialEnd(), nextPeriodEnd(current.planKey(), current.trialEnd()));
        }
        while ("active".equals(current.status()) && current.currentPeriodEnd() != null
                && !now.isBefore(current.currentPeriodEnd())) {
            if (current.cancelAtPeriodEnd()) {
                current = new ProviderSubscription(current.id(), current.customerId(), "canceled", current.planKey(),
                        current.trialStart(), current.trialEnd(), current.currentPeriodEnd(), true,
                        current.currentPeriodEnd(), current.accountId());
            } else {
                current = with(current, "active", current.currentPeriodEnd(),
                        nextPeriodEnd(current.planKey(), current.currentPeriodEnd()));
            }
        }
        return current;
    }

    private static ProviderSubscription with(ProviderSubscription s, String status, Instant periodStart, Instant periodEnd) {
        return new ProviderSubscription(s.id(), s.customerId(), status, s.planKey(), s.trialStart(), s.trialEnd(),
                periodEnd, s.cancelAtPeriodEnd(), s.endedAt(), s.accountId());
    }

    Instant nextPeriodEnd(String planKey, Instant from) {
        String interval = plans.find(planKey).map(p -> p.interval()).orElse("month");
        var at = from.atOffset(ZoneOffset.UTC);
        return ("year".equals(interval) ? at.plusYears(1) : at.plusMonths(1)).toInstant();
    }

    @Override
    public List<String> subscriptionIdsOfCustomer(String customerId) {
        return subscriptions.findByCustomerId(customerId).stream().map(SubscriptionRecord::getSubscriptionId).toList();
    }

    @Override
    public Optional<String> subscriptionOfInvoice(String invoiceId) {
        return Optional.empty();
    }

    @Override
    public Optional<UUID> accountOfCustomer(String customerId) {
        return customerId.startsWith("lcus_") ? Optional.of(UUID.fromString(customerId.substring(5))) : Optional.empty();
    }

    @Override
    public String portalUrl(String customerId, String returnUrl) {
        return baseUrl + "/billing/local-portal";
    }

    @Override
    public ProviderSubscription setCancelAtPeriodEnd(String subscriptionId, boolean cancel) {
        ProviderSubscription s = fetchSubscription(subscriptionId);
        return new ProviderSubscription(s.id(), s.customerId(), s.status(), s.planKey(), s.trialStart(), s.trialEnd(),
                s.currentPeriodEnd(), cancel, s.endedAt(), s.accountId());
    }

    @Override
    public ProviderSubscription cancelNow(String subscriptionId) {
        ProviderSubscription s = fetchSubscription(subscriptionId);
        return new ProviderSubscription(s.id(), s.customerId(), "canceled", s.planKey(), s.trialStart(), s.trialEnd(),
                s.currentPeriodEnd(), s.cancelAtPeriodEnd(), clock.instant(), s.accountId());
    }

    @Override
    public ProviderSubscription changePlan(String subscriptionId, String planKey) {
        ProviderSubscription s = fetchSubscription(subscriptionId);
        return new ProviderSubscription(s.id(), s.customerId(), s.status(), planKey, s.trialStart(), s.trialEnd(),
                s.currentPeriodEnd(), s.cancelAtPeriodEnd(), s.endedAt(), s.accountId());
    }

    @Override
    public ProviderSubscription extendTrial(String subscriptionId, Instant trialEnd) {
        ProviderSubscription s = fetchSubscription(subscriptionId);
        // as at Stripe, a trial end in the future puts the subscription (back) into its trial until then
        String status = trialEnd.isAfter(clock.instant()) ? "trialing" : s.status();
        return new ProviderSubscription(s.id(), s.customerId(), status, s.planKey(), s.trialStart(), trialEnd,
                trialEnd, s.cancelAtPeriodEnd(), s.endedAt(), s.accountId());
    }

    @Override
    public boolean refundLatestPaidInvoice(String customerId) {
        // the local provider takes no money, so there is nothing to refund
        return false;
    }

    @Override
    public List<ProviderEvent> undeliveredEvents(Instant since) {
        return List.of();
    }
}
