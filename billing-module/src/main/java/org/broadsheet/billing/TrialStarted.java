package org.broadsheet.billing;

import java.time.Instant;
import java.util.UUID;

/**
 * A free trial started. Published once per {@code dedupeKey}; a listener sending mail should also
 * ignore a key it has seen.
 */
public record TrialStarted(UUID accountId, String subscriptionId, Instant trialEnd, Instant occurredAt, String dedupeKey) {
}
