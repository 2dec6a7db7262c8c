package org.broadsheet.web.wiring;

import java.util.UUID;

import org.broadsheet.billing.Entitlement;
import org.broadsheet.billing.Entitlements;
import org.broadsheet.content.ReaderEntitlement;
import org.broadsheet.content.ReaderEntitlements;
import org.springframework.stereotype.Component;

/** Joins content's {@link ReaderEntitlements} port to billing's {@link Entitlements}. */
@Component
class ReaderEntitlementsFromBilling implements ReaderEntitlements {

    private final Entitlements entitlements;

    ReaderEntitlementsFromBilling(Entitlements entitlements) {
        this.entitlements = entitlements;
    }

    @Override
    public ReaderEntitlement entitlementOf(UUID accountId) {
        Entitlement entitlement = entitlements.of(accountId);
        if (!entitlement.active()) {
            return ReaderEntitlement.none();
        }
        ReaderEntitlement.Kind kind = switch (entitlement.source()) {
            case TRIAL -> ReaderEntitlement.Kind.TRIAL;
            case SUBSCRIPTION -> ReaderEntitlement.Kind.SUBSCRIPTION;
            case GRACE -> ReaderEntitlement.Kind.GRACE;
            case COMP -> ReaderEntitlement.Kind.COMP;
            case NONE -> ReaderEntitlement.Kind.NONE;
        };
        return new ReaderEntitlement(kind, entitlement.until());
    }
}
