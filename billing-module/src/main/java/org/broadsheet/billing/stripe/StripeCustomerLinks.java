package org.broadsheet.billing.stripe;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.broadsheet.billing.CustomerLinks;
import org.broadsheet.billing.subscription.CustomerRecord;
import org.broadsheet.billing.subscription.CustomerRecords;
import org.broadsheet.billing.subscription.ProviderSubscription;
import org.broadsheet.billing.subscription.SubscriptionSync;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Links Stripe customers made elsewhere to accounts and takes over their subscriptions from Stripe's list. */
@Component
@ConditionalOnProperty(name = "broadsheet.billing.provider", havingValue = "stripe")
class StripeCustomerLinks implements CustomerLinks {

    private static final Pattern CUSTOMER_ID = Pattern.compile("cus_[A-Za-z0-9]{1,250}");

    private final StripePaymentProvider stripe;
    private final CustomerRecords customers;
    private final SubscriptionSync sync;
    private final Clock clock;

    StripeCustomerLinks(StripePaymentProvider stripe, CustomerRecords customers, SubscriptionSync sync, Clock clock) {
        this.stripe = stripe;
        this.customers = customers;
        this.sync = sync;
        this.clock = clock;
    }

    @Override
    public Optional<String> refusal(String customerId, UUID accountId) {
        if (customerId == null || !CUSTOMER_ID.matcher(customerId).matches()) {
            return Optional.of("malformed Stripe customer id");
        }
        Optional<CustomerRecord> linked = customers.findByCustomerId(customerId);
        if (linked.isPresent() && !linked.get().getAccountId().equals(accountId)) {
            return Optional.of("Stripe customer " + customerId + " is already linked to another account");
        }
        if (accountId != null) {
            Optional<CustomerRecord> own = customers.findById(accountId);
            if (own.isPresent() && !customerId.equals(own.get().getCustomerId())) {
                return Optional.of("the account already has Stripe customer " + own.get().getCustomerId());
            }
        }
        if (linked.isPresent()) {
            return Optional.empty();
        }
        if (!stripe.customerExists(customerId)) {
            return Optional.of("Stripe has no customer " + customerId);
        }
        return Optional.empty();
    }

    @Override
    @Transactional
    public CustomerLink link(UUID accountId, String customerId) {
        Optional<String> refusal = refusal(customerId, accountId);
        if (refusal.isPresent()) {
            throw new CustomerLinkRefused(refusal.get());
        }
        if (customers.findById(accountId).isPresent()) {
            return new CustomerLink(false, 0);
        }
        customers.saveAndFlush(new CustomerRecord(accountId, stripe.key(), customerId, clock.instant()));
        List<ProviderSubscription> subscriptions = stripe.subscriptionsOf(customerId);
        subscriptions.forEach(subscription -> sync.adopt(subscription, accountId));
        return new CustomerLink(true, subscriptions.size());
    }
}
