package org.broadsheet.billing;

import java.util.UUID;

/** Self-service on a reader's subscription, and the staff actions on it. */
public interface Subscriptions {

    /** The account's current (or most recent) subscription; {@link SubscriptionView#none()} when it never had one. */
    SubscriptionView current(UUID accountId);

    /** Cancels at the end of the paid period; access continues until then. @throws NoSubscription */
    SubscriptionView cancelAtPeriodEnd(UUID accountId);

    /** Undoes a cancellation at period end. @throws NoSubscription */
    SubscriptionView resume(UUID accountId);

    /** Switches to another plan with proration. @throws NoSubscription @throws UnknownPlan */
    SubscriptionView changePlan(UUID accountId, String planKey);

    /** Ends the subscription now (staff, account deletion); does nothing when there is none. */
    SubscriptionView cancelNow(UUID accountId);

    /** Moves the end of a running trial by this many days. @throws NoSubscription when not trialing */
    SubscriptionView extendTrial(UUID accountId, int days);

    /**
     * Refunds the latest paid invoice of the account's customer.
     *
     * @return false when there was no paid invoice to refund (the local provider takes no money)
     * @throws NoSubscription when the account never checked out
     */
    boolean refundLatestPayment(UUID accountId);

    /**
     * The provider's self-service portal for this account.
     *
     * @param returnUrl where the portal sends the reader back to; may be null for the account page
     * @throws NoSubscription when the account never checked out
     */
    String portal(UUID accountId, String returnUrl);
}
