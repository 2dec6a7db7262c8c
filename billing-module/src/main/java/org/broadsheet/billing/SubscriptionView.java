package org.broadsheet.billing;

import java.time.Instant;

/**
 * A reader's subscription as self-service shows it.
 *
 * @param status            the provider's status ({@code trialing}, {@code active}, {@code past_due}, …) or {@code none}
 * @param plan              plan key; null when there is no subscription or the price is not one of the plans
 * @param trialEndsAt       end of the trial; null without a trial
 * @param currentPeriodEnd  end of the paid period (the next renewal); may be null
 * @param cancelAtPeriodEnd whether the subscription ends at the period end
 */
public record SubscriptionView(String status, String plan, Instant trialEndsAt, Instant currentPeriodEnd,
                               boolean cancelAtPeriodEnd) {

    public static SubscriptionView none() {
        return new SubscriptionView("none", null, null, null, false);
    }

    /** Whether there is a subscription that has not ended. */
    public boolean live() {
        return !"none".equals(status) && !"canceled".equals(status) && !"incomplete_expired".equals(status);
    }
}
