package org.broadsheet.billing.subscription;

import java.time.Clock;
import java.util.UUID;

import org.broadsheet.billing.BillingProperties;
import org.broadsheet.billing.CheckoutOpened;
import org.broadsheet.billing.CheckoutSessions;
import org.broadsheet.billing.CheckoutStarted;
import org.broadsheet.billing.Plan;
import org.broadsheet.billing.Plans;
import org.broadsheet.billing.SubscriptionAlreadyLive;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Starts checkouts: the customer is created once per account (recorded only after the provider made it), the
 * trial offered only on the first subscription, and the checkout recorded so one that never completes is found.
 */
@Service
class StartedCheckouts implements CheckoutSessions {

    private final PaymentProvider provider;
    private final SubscriptionRecords subscriptions;
    private final CustomerRecords customers;
    private final TrialUses trialUses;
    private final CheckoutRecords checkouts;
    private final Plans plans;
    private final BillingProperties properties;
    private final Clock clock;
    private final String baseUrl;
    private final ApplicationEventPublisher events;

    StartedCheckouts(PaymentProvider provider, SubscriptionRecords subscriptions, CustomerRecords customers,
                     TrialUses trialUses, CheckoutRecords checkouts, Plans plans, BillingProperties properties,
                     Clock clock, @Value("${broadsheet.base-url:http://localhost:8080}") String baseUrl,
                     ApplicationEventPublisher events) {
        this.events = events;
        this.provider = provider;
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.trialUses = trialUses;
        this.checkouts = checkouts;
        this.plans = plans;
        this.properties = properties;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public CheckoutStarted start(UUID accountId, String email, String planKey) {
        Plan plan = plans.get(planKey);
        if (subscriptions.findByAccountIdOrderByCreatedAtDesc(accountId).stream().anyMatch(SubscriptionRecord::live)) {
            throw new SubscriptionAlreadyLive();
        }
        String customerId = customerOf(accountId, email);
        boolean trial = properties.trialDays() > 0 && !trialUses.existsById(accountId)
                && !provider.customerEverTrialed(customerId);
        UUID checkoutId = UUID.randomUUID();
        ProviderCheckout checkout = provider.createCheckout(new CheckoutRequest(checkoutId, accountId, customerId, plan,
                trial ? properties.trialDays() : null, properties.cardRequiredForTrial(),
                baseUrl + "/billing/success?session_id={CHECKOUT_SESSION_ID}", baseUrl + "/subscribe?canceled=true"));
        checkouts.save(new CheckoutRecord(checkoutId, accountId, provider.key(), plan.key(), checkout, trial, clock.instant()));
        events.publishEvent(new CheckoutOpened(accountId, plan.key(), trial, clock.instant()));
        return new CheckoutStarted(checkout.url(), trial);
    }

    @Override
    public boolean trialAvailable(UUID accountId) {
        return properties.trialDays() > 0 && !trialUses.existsById(accountId);
    }

    private String customerOf(UUID accountId, String email) {
        return customers.findById(accountId).map(CustomerRecord::getCustomerId).orElseGet(() -> {
            String customerId = provider.createCustomer(accountId, email);
            try {
                customers.saveAndFlush(new CustomerRecord(accountId, provider.key(), customerId, clock.instant()));
            } catch (DataIntegrityViolationException concurrentCheckout) {
                // the same idempotency key gave the concurrent request the same customer
            }
            return customerId;
        });
    }
}
