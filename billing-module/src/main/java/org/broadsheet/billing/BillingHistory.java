package org.broadsheet.billing;

import java.util.UUID;

/** Everything billing holds about one account, for staff: customer, subscriptions, comps and checkouts. */
public interface BillingHistory {

    /** The account's billing records; empty lists and null ids for an account billing never saw. Never null. */
    AccountBilling of(UUID accountId);
}
