package org.broadsheet.billing.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.broadsheet.billing.PaymentProviderUnavailable;

/**
 * The payment provider behind billing (Stripe or the local checkout); billing's core knows only this port.
 * Every method may throw {@link PaymentProviderUnavailable}.
 */
public interface PaymentProvider {

    /** {@code stripe} or {@code local}, stored with each record. */
    String key();

    /** Creates the account's customer; safe to repeat after a failure (no second customer). */
    String createCustomer(UUID accountId, String email);

    /** Whether any subscription of this customer ever had a trial. */
    boolean customerEverTrialed(String customerId);

    /** Creates a hosted checkout for a subscription. */
    ProviderCheckout createCheckout(CheckoutRequest request);

    /** What a checkout became: its subscription id may be null while it is open. */
    CheckoutOutcome checkoutOutcome(String sessionId);

    /** The subscription as the provider holds it now. */
    ProviderSubscription fetchSubscription(String subscriptionId);

    /** The ids of every subscription of the customer, ended ones included. */
    List<String> subscriptionIdsOfCustomer(String customerId);

    /** The subscription an invoice bills; empty for an invoice outside subscriptions. */
    Optional<String> subscriptionOfInvoice(String invoiceId);

    /** The account id the customer was created for; empty when the customer is not Broadsheet's. */
    Optional<UUID> accountOfCustomer(String customerId);

    /** A self-service portal session's URL. */
    String portalUrl(String customerId, String returnUrl);

    ProviderSubscription setCancelAtPeriodEnd(String subscriptionId, boolean cancel);

    ProviderSubscription cancelNow(String subscriptionId);

    ProviderSubscription changePlan(String subscriptionId, String planKey);

    ProviderSubscription extendTrial(String subscriptionId, Instant trialEnd);

    /** Refunds the latest paid invoice of the customer; false when there is none. */
    boolean refundLatestPaidInvoice(String customerId);

    /** Events created since the instant whose webhook delivery failed. */
    List<ProviderEvent> undeliveredEvents(Instant since);
}
