package org.broadsheet.web.support;

import java.time.Instant;

/**
 * What a reader is entitled to, as {@code GET /api/v1/me} shows it.
 *
 * @param source one of NONE, TRIAL, SUBSCRIPTION, GRACE, COMP, STAFF
 * @param until  when the entitlement ends; null when it does not end on a known date or there is none
 */
public record EntitlementView(boolean active, String source, Instant until) {

    public static EntitlementView none() {
        return new EntitlementView(false, "NONE", null);
    }

    public static EntitlementView staff() {
        return new EntitlementView(true, "STAFF", null);
    }
}
