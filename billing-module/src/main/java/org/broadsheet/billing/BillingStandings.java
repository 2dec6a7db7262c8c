package org.broadsheet.billing;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Billing's standing of many accounts at once, for exports and reports that go through accounts in chunks. */
public interface BillingStandings {

    /**
     * The standing of each account, looked up with a fixed number of queries however many ids there are.
     *
     * @param accountIds never null; may be empty
     * @return one entry for every id asked about (none and no entitlement for an account billing does not know)
     */
    Map<UUID, BillingStanding> of(Collection<UUID> accountIds);

    /**
     * An account's subscription and what billing grants it now.
     *
     * @param subscription the current (or most recent) subscription, {@link SubscriptionView#none()} when none; never null
     * @param entitlement  what billing grants now; never null
     */
    record BillingStanding(SubscriptionView subscription, Entitlement entitlement) {

        public static BillingStanding none() {
            return new BillingStanding(SubscriptionView.none(), Entitlement.none());
        }
    }
}
