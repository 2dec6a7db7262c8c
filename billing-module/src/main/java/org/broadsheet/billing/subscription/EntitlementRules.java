package org.broadsheet.billing.subscription;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.broadsheet.billing.Entitlement;
import org.broadsheet.billing.EntitlementSource;

/** The contract's status table as one pure function: subscriptions and comps at an instant → entitlement. */
final class EntitlementRules {

    private final Duration grace;
    private final ZoneId zone;

    EntitlementRules(int graceDays, ZoneId zone) {
        this.grace = Duration.ofDays(graceDays);
        this.zone = zone;
    }

    Entitlement decide(List<SubscriptionRecord> subscriptions, List<LocalDate> compsUntil, Instant now) {
        List<Entitlement> candidates = new ArrayList<>();
        for (SubscriptionRecord s : subscriptions) {
            Entitlement e = ofSubscription(s, now);
            if (e.active()) {
                candidates.add(e);
            }
        }
        for (LocalDate until : compsUntil) {
            // a comp lasts through the end of its day in the publisher's time zone
            Instant end = until.plusDays(1).atStartOfDay(zone).toInstant();
            if (now.isBefore(end)) {
                candidates.add(new Entitlement(EntitlementSource.COMP, true, end));
            }
        }
        return candidates.stream().max(Comparator.comparing(Entitlement::until)).orElse(Entitlement.none());
    }

    Entitlement ofSubscription(SubscriptionRecord s, Instant now) {
        switch (s.getStatus()) {
            case "trialing" -> {
                if (s.getTrialEnd() != null && now.isBefore(s.getTrialEnd())) {
                    return new Entitlement(EntitlementSource.TRIAL, true, s.getTrialEnd());
                }
            }
            case "active" -> {
                Instant end = s.getCurrentPeriodEnd();
                if (end != null && (now.isBefore(end) || !s.isCancelAtPeriodEnd())) {
                    return new Entitlement(EntitlementSource.SUBSCRIPTION, true, end);
                }
            }
            case "past_due" -> {
                Instant since = s.getPastDueSince() != null ? s.getPastDueSince() : s.getLastSyncedAt();
                Instant end = since.plus(grace);
                if (now.isBefore(end)) {
                    return new Entitlement(EntitlementSource.GRACE, true, end);
                }
            }
            default -> {
                // incomplete, incomplete_expired, unpaid, paused, canceled: no access
            }
        }
        return Entitlement.none();
    }
}
