package org.broadsheet.billing.subscription;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.broadsheet.billing.NoSubscription;
import org.broadsheet.billing.Plans;
import org.broadsheet.billing.SubscriptionView;
import org.broadsheet.billing.Subscriptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Self-service and staff actions: each goes through the provider, then its answer is applied. */
@Service
class SelfServiceSubscriptions implements Subscriptions {

    private final SubscriptionRecords subscriptions;
    private final CustomerRecords customers;
    private final PaymentProvider provider;
    private final SubscriptionSync sync;
    private final Plans plans;
    private final Clock clock;
    private final String baseUrl;

    SelfServiceSubscriptions(SubscriptionRecords subscriptions, CustomerRecords customers, PaymentProvider provider,
                             SubscriptionSync sync, Plans plans, Clock clock,
                             @Value("${broadsheet.base-url:http://localhost:8080}") String baseUrl) {
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.provider = provider;
        this.sync = sync;
        this.plans = plans;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    public SubscriptionView current(UUID accountId) {
        return latest(accountId).map(SelfServiceSubscriptions::view).orElse(SubscriptionView.none());
    }

    @Override
    public SubscriptionView cancelAtPeriodEnd(UUID accountId) {
        SubscriptionRecord record = live(accountId);
        return view(sync.apply(provider.setCancelAtPeriodEnd(record.getSubscriptionId(), true), accountId));
    }

    @Override
    public SubscriptionView resume(UUID accountId) {
        SubscriptionRecord record = live(accountId);
        return view(sync.apply(provider.setCancelAtPeriodEnd(record.getSubscriptionId(), false), accountId));
    }

    @Override
    public SubscriptionView changePlan(UUID accountId, String planKey) {
        plans.get(planKey);
        SubscriptionRecord record = live(accountId);
        if (planKey.equals(record.getPlanKey())) {
            return view(record);
        }
        return view(sync.apply(provider.changePlan(record.getSubscriptionId(), planKey), accountId));
    }

    @Override
    public SubscriptionView cancelNow(UUID accountId) {
        Optional<SubscriptionRecord> record = latest(accountId).filter(r -> !r.ended());
        if (record.isEmpty()) {
            return current(accountId);
        }
        return view(sync.apply(provider.cancelNow(record.get().getSubscriptionId()), accountId));
    }

    @Override
    public SubscriptionView extendTrial(UUID accountId, int days) {
        SubscriptionRecord record = live(accountId);
        if (!"trialing".equals(record.getStatus()) || record.getTrialEnd() == null) {
            throw new NoSubscription();
        }
        return view(sync.apply(provider.extendTrial(record.getSubscriptionId(),
                record.getTrialEnd().plus(Duration.ofDays(days))), accountId));
    }

    @Override
    public boolean refundLatestPayment(UUID accountId) {
        CustomerRecord customer = customers.findById(accountId).orElseThrow(NoSubscription::new);
        return provider.refundLatestPaidInvoice(customer.getCustomerId());
    }

    @Override
    public String portal(UUID accountId, String returnUrl) {
        CustomerRecord customer = customers.findById(accountId).orElseThrow(NoSubscription::new);
        return provider.portalUrl(customer.getCustomerId(), returnUrl != null ? returnUrl : baseUrl + "/account/subscription");
    }

    private Optional<SubscriptionRecord> latest(UUID accountId) {
        List<SubscriptionRecord> all = subscriptions.findByAccountIdOrderByCreatedAtDesc(accountId);
        return all.stream().filter(r -> !r.ended()).findFirst().or(() -> all.stream().findFirst());
    }

    private SubscriptionRecord live(UUID accountId) {
        return latest(accountId).filter(r -> !r.ended()).orElseThrow(NoSubscription::new);
    }

    static SubscriptionView view(SubscriptionRecord r) {
        return new SubscriptionView(r.getStatus(), r.getPlanKey(), r.getTrialEnd(), r.getCurrentPeriodEnd(),
                r.isCancelAtPeriodEnd());
    }
}
