package org.broadsheet.billing;

import java.time.Instant;
import java.util.UUID;

/**
 * A subscription started (first seen live, trialing or active). Published once per {@code dedupeKey}; a listener sending mail should also
 * ignore a key it has seen.
 */
public record SubscriptionStarted(UUID accountId, String subscriptionId, String plan, Instant occurredAt, String dedupeKey) {
}
