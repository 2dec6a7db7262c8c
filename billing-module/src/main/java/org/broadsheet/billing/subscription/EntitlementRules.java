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

    /** What of a subscription decides access: its status and the instants the status table reads. */
    record Terms(String status, Instant trialEnd, Instant currentPeriodEnd, boolean cancelAtPeriodEnd,
            Instant pastDueSince, Instant lastSyncedAt) {

        static Terms of(SubscriptionRecord s) {
            return new Terms(s.getStatus(), s.getTrialEnd(), s.getCurrentPeriodEnd(), s.isCancelAtPeriodEnd(),
                    s.getPastDueSince(), s.getLastSyncedAt());
        }
    }

    Entitlement decide(List<SubscriptionRecord> subscriptions, List<LocalDate> compsUntil, Instant now) {
        return decideTerms(subscriptions.stream().map(Terms::of).toList(), compsUntil, now);
    }

    Entitlement decideTerms(List<Terms> subscriptions, List<LocalDate> compsUntil, Instant now) {
        List<Entitlement> candidates = new ArrayList<>();
        for (Terms s : subscriptions) {
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

    Entitlement ofSubscription(Terms s, Instant now) {
        switch (s.status()) {
            case "trialing" -> {
                if (s.trialEnd() != null && now.isBefore(s.trialEnd())) {
                    return new Entitlement(EntitlementSource.TRIAL, true, s.trialEnd());
                }
            }
            case "active" -> {
                Instant end = s.currentPeriodEnd();
                if (end != null && (now.isBefore(end) || !s.cancelAtPeriodEnd())) {
                    return new Entitlement(EntitlementSource.SUBSCRIPTION, true, end);
                }
            }
            case "past_due" -> {
                Instant since = s.pastDueSince() != null ? s.pastDueSince() : s.lastSyncedAt();
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
