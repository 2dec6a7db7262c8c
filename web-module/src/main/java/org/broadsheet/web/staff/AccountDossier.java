package org.broadsheet.web.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.broadsheet.billing.PaymentEvent;

/**
 * An account as staff see it ({@code GET /api/v1/staff/accounts/{id}}): the account itself (also flat at the top),
 * subscription with the provider's ids, entitlement with its explanation, meter use and a timeline, newest first.
 */
record AccountDossier(UUID id, String email, String name, List<String> roles, boolean emailVerified, Instant emailVerifiedAt,
                      boolean locked, Instant createdAt, Account account, Subscription subscription,
                      Entitlement entitlement, Meter meter, List<Comp> comps, List<PaymentEvent> webhookEvents,
                      List<TimelineEntry> timeline) {

    record Account(UUID id, String email, String name, List<String> roles, boolean emailVerified, boolean locked,
                   Instant createdAt) {
    }

    /** {@code status} is {@code none} without a subscription; dashboard URLs only for Stripe. */
    record Subscription(String status, String plan, Instant trialEndsAt, Instant currentPeriodEnd,
                        boolean cancelAtPeriodEnd, String provider, String customerId, String subscriptionId,
                        String customerUrl, String subscriptionUrl) {
    }

    /** {@code source} is NONE, TRIAL, SUBSCRIPTION, GRACE, COMP or STAFF; {@code explanation} says why in words. */
    record Entitlement(boolean active, String source, Instant until, String explanation) {
    }

    /** This month's meter; {@code metered} false for entitled readers and staff (then used/limit are 0). */
    record Meter(boolean metered, int used, int limit, int remaining) {
    }

    record Comp(LocalDate until, String reason, String grantedBy, Instant grantedAt) {
    }

    /** {@code kind}: signup, verification, checkout, trial, payment, cancellation, comp, staff, … */
    record TimelineEntry(Instant at, String kind, String summary) {
    }
}
