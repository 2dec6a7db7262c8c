package org.broadsheet.billing.subscription;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import org.broadsheet.billing.BillingProperties;
import org.broadsheet.billing.Entitlement;
import org.broadsheet.billing.Entitlements;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entitlements from the subscription rows and comps of an account. */
@Service
@Transactional(readOnly = true)
class SubscriptionEntitlements implements Entitlements {

    private final SubscriptionRecords subscriptions;
    private final CompRecords comps;
    private final EntitlementRules rules;
    private final Clock clock;

    SubscriptionEntitlements(SubscriptionRecords subscriptions, CompRecords comps, BillingProperties properties,
                             @Value("${broadsheet.time-zone:Asia/Kolkata}") ZoneId zone, Clock clock) {
        this.subscriptions = subscriptions;
        this.comps = comps;
        this.rules = new EntitlementRules(properties.graceDays(), zone);
        this.clock = clock;
    }

    @Override
    public Entitlement of(UUID accountId) {
        if (accountId == null) {
            return Entitlement.none();
        }
        return rules.decide(subscriptions.findByAccountIdOrderByCreatedAtDesc(accountId),
                comps.findByAccountId(accountId).stream().map(CompRecord::getUntilDate).toList(),
                clock.instant());
    }
}
