package org.broadsheet.billing;

import java.time.Instant;

/**
 * What billing grants a reader right now.
 *
 * @param source why (NONE when nothing is granted)
 * @param active whether the reader is entitled now
 * @param until  when the entitlement ends as things stand; null when not active
 */
public record Entitlement(EntitlementSource source, boolean active, Instant until) {

    public static Entitlement none() {
        return new Entitlement(EntitlementSource.NONE, false, null);
    }
}
