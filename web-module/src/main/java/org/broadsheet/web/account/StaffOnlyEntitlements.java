package org.broadsheet.web.account;

import java.util.UUID;

import org.broadsheet.web.support.AccountEntitlements;
import org.broadsheet.web.support.EntitlementView;
import org.springframework.stereotype.Component;

/** Entitlements before billing is wired in: staff are entitled, readers have none. Replace with a billing adapter. */
@Component
class StaffOnlyEntitlements implements AccountEntitlements {

    @Override
    public EntitlementView entitlementOf(UUID accountId, boolean staff) {
        return staff ? EntitlementView.staff() : EntitlementView.none();
    }
}
