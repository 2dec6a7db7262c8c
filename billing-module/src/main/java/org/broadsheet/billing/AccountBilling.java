package org.broadsheet.billing;

import java.util.List;

/**
 * An account's billing records as staff see them.
 *
 * @param provider      {@code stripe} or {@code local}; null when the account never checked out
 * @param customerId    the provider's customer id; null when there is none
 * @param subscriptions newest first
 * @param comps         newest grant first
 * @param checkouts     newest first
 */
public record AccountBilling(String provider, String customerId, List<SubscriptionEntry> subscriptions,
                             List<CompGrant> comps, List<CheckoutEntry> checkouts) {

    public AccountBilling {
        subscriptions = List.copyOf(subscriptions);
        comps = List.copyOf(comps);
        checkouts = List.copyOf(checkouts);
    }

    /** One subscription with the provider's ids; every instant may be null. */
    public record SubscriptionEntry(String subscriptionId, String customerId, String provider, String status, String plan,
                                    java.time.Instant trialStart, java.time.Instant trialEnd,
                                    java.time.Instant currentPeriodEnd, boolean cancelAtPeriodEnd,
                                    java.time.Instant pastDueSince, java.time.Instant endedAt, java.time.Instant createdAt) {
    }

    /** A comp granted by staff: access through the end of {@code until} in the publisher's time zone. */
    public record CompGrant(java.time.LocalDate until, String reason, String grantedBy, java.time.Instant grantedAt) {
    }

    /** A started checkout; {@code subscriptionId} is null while nothing came of it. */
    public record CheckoutEntry(String plan, boolean trialOffered, String subscriptionId, java.time.Instant createdAt) {
    }
}
