package org.broadsheet.billing;

import java.util.Optional;
import java.util.UUID;

/**
 * The built-in checkout of {@code BILLING_PROVIDER=local}, for demos and development: paying on it drives the
 * same subscription lifecycle and events as Stripe's webhooks. Present only with the local provider.
 */
public interface LocalCheckouts {

    /** The account's checkout with this id; empty when unknown or another account's. */
    Optional<LocalCheckout> find(String sessionId, UUID accountId);

    /**
     * Pays with a test card: starts the subscription (trialing when the checkout offers the trial).
     * Card {@code 4000 0000 0000 0002} is declined.
     *
     * @throws CardDeclined           for an incomplete form or the declining test card
     * @throws SubscriptionAlreadyLive when the account already has a live subscription
     */
    void pay(String sessionId, UUID accountId, String cardNumber, String expiry, String cvc);
}
