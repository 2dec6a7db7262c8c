package org.broadsheet.web.wiring;

import java.util.UUID;

import org.broadsheet.billing.Entitlement;
import org.broadsheet.billing.Entitlements;
import org.broadsheet.web.support.AccountEntitlements;
import org.broadsheet.web.support.EntitlementView;
import org.springframework.stereotype.Component;

/** Answers {@code GET /api/v1/me}'s entitlement from billing; staff are entitled as STAFF. */
@Component
class AccountEntitlementsFromBilling implements AccountEntitlements {

    private final Entitlements entitlements;

    AccountEntitlementsFromBilling(Entitlements entitlements) {
        this.entitlements = entitlements;
    }

    @Override
    public EntitlementView entitlementOf(UUID accountId, boolean staff) {
        if (staff) {
            return EntitlementView.staff();
        }
        Entitlement entitlement = entitlements.of(accountId);
        return entitlement.active()
                ? new EntitlementView(true, entitlement.source().name(), entitlement.until())
                : EntitlementView.none();
    }
}
