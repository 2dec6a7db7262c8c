package org.broadsheet.billing;

import java.util.Optional;
import java.util.UUID;

/**
 * Customers that already exist at the payment provider (readers brought over from another platform): linked to an
 * account, with their subscriptions taken over from the provider. Only with the Stripe provider.
 */
public interface CustomerLinks {

    /**
     * Why this customer cannot become the account's, in words for a report; empty when it can (or already is).
     * Asks the provider whether the customer exists.
     *
     * @param accountId the account, or null for an account not created yet
     * @throws PaymentProviderUnavailable when the provider does not answer
     */
    Optional<String> refusal(String customerId, UUID accountId);

    /**
     * Makes the customer the account's and syncs every subscription of it from the provider, without mail about
     * what happened before; linking it again changes nothing.
     *
     * @throws CustomerLinkRefused with the reason of {@link #refusal} when it cannot be linked
     * @throws PaymentProviderUnavailable when the provider does not answer
     */
    CustomerLink link(UUID accountId, String customerId);

    /** What a link did: whether the customer was newly linked, and how many subscriptions were synced then. */
    record CustomerLink(boolean newlyLinked, int subscriptionsSynced) {
    }

    /** The customer cannot be linked to the account; the message says why. */
    class CustomerLinkRefused extends RuntimeException {
        public CustomerLinkRefused(String reason) {
            super(reason);
        }
    }
}
