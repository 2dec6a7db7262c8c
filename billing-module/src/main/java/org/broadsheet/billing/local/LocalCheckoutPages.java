package org.broadsheet.billing.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.broadsheet.billing.BillingProperties;
import org.broadsheet.billing.CardDeclined;
import org.broadsheet.billing.LocalCheckout;
import org.broadsheet.billing.LocalCheckouts;
import org.broadsheet.billing.Plans;
import org.broadsheet.billing.SubscriptionAlreadyLive;
import org.broadsheet.billing.subscription.CheckoutRecord;
import org.broadsheet.billing.subscription.CheckoutRecords;
import org.broadsheet.billing.subscription.CustomerRecord;
import org.broadsheet.billing.subscription.CustomerRecords;
import org.broadsheet.billing.subscription.ProviderSubscription;
import org.broadsheet.billing.subscription.SubscriptionRecord;
import org.broadsheet.billing.subscription.SubscriptionRecords;
import org.broadsheet.billing.subscription.SubscriptionSync;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/** Completes local checkouts by applying the new subscription through the same sync as Stripe's webhooks. */
@Service
@ConditionalOnProperty(name = "broadsheet.billing.provider", havingValue = "local", matchIfMissing = true)
class LocalCheckoutPages implements LocalCheckouts {

    static final String DECLINED_CARD = "4000000000000002";

    private final CheckoutRecords checkouts;
    private final CustomerRecords customers;
    private final SubscriptionRecords subscriptions;
    private final SubscriptionSync sync;
    private final LocalPaymentProvider provider;
    private final Plans plans;
    private final BillingProperties properties;
    private final Clock clock;

    LocalCheckoutPages(CheckoutRecords checkouts, CustomerRecords customers, SubscriptionRecords subscriptions,
                       SubscriptionSync sync, LocalPaymentProvider provider, Plans plans, BillingProperties properties,
                       Clock clock) {
        this.checkouts = checkouts;
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.sync = sync;
        this.provider = provider;
        this.plans = plans;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Optional<LocalCheckout> find(String sessionId, UUID accountId) {
        return checkouts.findBySessionId(sessionId).filter(c -> c.getAccountId().equals(accountId))
                .map(c -> new LocalCheckout(c.getSessionId(), plans.get(c.getPlanKey()), c.isTrialOffered(),
                        c.getSubscriptionId() != null));
    }

    @Override
    public void pay(String sessionId, UUID accountId, String cardNumber, String expiry, String cvc) {
        CheckoutRecord checkout = checkouts.findBySessionId(sessionId).filter(c -> c.getAccountId().equals(accountId))
                .orElseThrow(() -> new CardDeclined("This checkout does not exist."));
        if (checkout.getSubscriptionId() != null) {
            return;
        }
        String digits = cardNumber == null ? "" : cardNumber.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{12,19}") || expiry == null || !expiry.trim().matches("\\d{2}\\s*/\\s*\\d{2,4}")
                || cvc == null || !cvc.trim().matches("\\d{3,4}")) {
            throw new CardDeclined("Enter a card number, an expiry date (MM/YY) and a CVC.");
        }
        if (DECLINED_CARD.equals(digits)) {
            throw new CardDeclined("The test card was declined.");
        }
        if (subscriptions.findByAccountIdOrderByCreatedAtDesc(accountId).stream().anyMatch(SubscriptionRecord::live)) {
            throw new SubscriptionAlreadyLive();
        }
        Instant now = clock.instant();
        String customerId = customers.findById(accountId).map(CustomerRecord::getCustomerId)
                .orElse(provider.createCustomer(accountId, null));
        String id = "lsub_" + UUID.randomUUID().toString().replace("-", "");
        ProviderSubscription started = checkout.isTrialOffered()
                ? new ProviderSubscription(id, customerId, "trialing", checkout.getPlanKey(), now,
                        now.plus(Duration.ofDays(properties.trialDays())), now.plus(Duration.ofDays(properties.trialDays())),
                        false, null, accountId)
                : new ProviderSubscription(id, customerId, "active", checkout.getPlanKey(), null, null,
                        provider.nextPeriodEnd(checkout.getPlanKey(), now), false, null, accountId);
        sync.apply(started, accountId);
    }
}
