package org.broadsheet.web.support;

import java.util.UUID;

/** The web's port for a reader's entitlement (backed by billing through a wiring adapter). */
public interface AccountEntitlements {

    /** The entitlement of the account; never null. Staff are entitled with source STAFF. */
    EntitlementView entitlementOf(UUID accountId, boolean staff);
}
