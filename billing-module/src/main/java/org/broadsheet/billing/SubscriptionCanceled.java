package org.broadsheet.billing;

import java.time.Instant;
import java.util.UUID;

/**
 * A subscription ended (canceled). Published once per {@code dedupeKey}; a listener sending mail should also
 * ignore a key it has seen.
 */
public record SubscriptionCanceled(UUID accountId, String subscriptionId, Instant endedAt, Instant occurredAt, String dedupeKey) {
}
