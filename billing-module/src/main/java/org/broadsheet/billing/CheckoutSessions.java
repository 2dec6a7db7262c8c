package org.broadsheet.billing;

import java.util.UUID;

/** Starts checkouts; the subscription itself arrives later through the provider (webhooks or the local page). */
public interface CheckoutSessions {

    /**
     * Starts a checkout for the plan. The trial is offered only on an account's first subscription (and never
     * when the payment provider's customer had one before).
     *
     * @param email the reader's email, given to the provider's customer; may be null
     * @throws UnknownPlan                when the plan key names no plan
     * @throws SubscriptionAlreadyLive    when the account has a subscription that has not ended
     * @throws PaymentProviderUnavailable when the provider cannot be reached; nothing was half-made
     */
    CheckoutStarted start(UUID accountId, String email, String planKey);

    /** Whether a checkout started now for this account would include the free trial. */
    boolean trialAvailable(UUID accountId);
}
