package org.broadsheet.billing.subscription;

import java.time.Instant;
import java.util.UUID;

/** A subscription as the payment provider holds it: the only truth billing applies. */
public record ProviderSubscription(String id, String customerId, String status, String planKey, Instant trialStart,
                                   Instant trialEnd, Instant currentPeriodEnd, boolean cancelAtPeriodEnd,
                                   Instant endedAt, UUID accountId) {
}
