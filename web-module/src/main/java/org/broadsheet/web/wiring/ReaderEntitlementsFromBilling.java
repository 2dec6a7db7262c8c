package org.broadsheet.web.wiring;

import java.util.UUID;

import org.broadsheet.content.ReaderEntitlement;
import org.broadsheet.content.ReaderEntitlements;
import org.springframework.stereotype.Component;

/**
 * Joins content's {@link ReaderEntitlements} port to billing's {@code Entitlements}. Until billing offers
 * entitlements every reader has none, so PREMIUM stays for staff and metered reads follow the meter.
 */
@Component
class ReaderEntitlementsFromBilling implements ReaderEntitlements {

    @Override
    public ReaderEntitlement entitlementOf(UUID accountId) {
        return ReaderEntitlement.none();
    }
}
