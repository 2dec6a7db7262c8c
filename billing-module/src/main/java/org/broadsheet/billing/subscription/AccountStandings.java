package org.broadsheet.billing.subscription;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.broadsheet.billing.BillingProperties;
import org.broadsheet.billing.BillingStandings;
import org.broadsheet.billing.SubscriptionView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The standing of a chunk of accounts in two queries: their subscriptions and their comps, decided as one by one. */
@Service
@Transactional(readOnly = true)
class AccountStandings implements BillingStandings {

    private static final Comparator<SubscriptionRecord> NEWEST_FIRST =
            Comparator.comparing(SubscriptionRecord::getCreatedAt).reversed();

    private final SubscriptionRecords subscriptions;
    private final CompRecords comps;
    private final EntitlementRules rules;
    private final Clock clock;

    AccountStandings(SubscriptionRecords subscriptions, CompRecords comps, BillingProperties properties,
                     @Value("${broadsheet.time-zone:Asia/Kolkata}") ZoneId zone, Clock clock) {
        this.subscriptions = subscriptions;
        this.comps = comps;
        this.rules = new EntitlementRules(properties.graceDays(), zone);
        this.clock = clock;
    }

    @Override
    public Map<UUID, BillingStanding> of(Collection<UUID> accountIds) {
        Map<UUID, BillingStanding> standings = new LinkedHashMap<>();
        if (accountIds.isEmpty()) {
            return standings;
        }
        Map<UUID, List<SubscriptionRecord>> subscriptionsOf = new HashMap<>();
        for (SubscriptionRecord s : subscriptions.findByAccountIdIn(accountIds)) {
            subscriptionsOf.computeIfAbsent(s.getAccountId(), id -> new ArrayList<>()).add(s);
        }
        Map<UUID, List<LocalDate>> compsOf = new HashMap<>();
        for (CompRecord c : comps.findByAccountIdIn(accountIds)) {
            compsOf.computeIfAbsent(c.getAccountId(), id -> new ArrayList<>()).add(c.getUntilDate());
        }
        Instant now = clock.instant();
        for (UUID id : accountIds) {
            List<SubscriptionRecord> all = subscriptionsOf.getOrDefault(id, new ArrayList<>());
            all.sort(NEWEST_FIRST);
            // the same "current" as self-service shows: the newest that has not ended, else the newest
            SubscriptionView current = all.stream().filter(r -> !r.ended()).findFirst()
                    .or(() -> all.stream().findFirst())
                    .map(SelfServiceSubscriptions::view).orElse(SubscriptionView.none());
            standings.put(id, new BillingStanding(current, rules.decide(all, compsOf.getOrDefault(id, List.of()), now)));
        }
        return standings;
    }
}
