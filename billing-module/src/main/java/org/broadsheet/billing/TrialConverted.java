package org.broadsheet.billing;

import java.time.Instant;
import java.util.UUID;

/** A subscription went from its free trial to paid ({@code trialing} → {@code active}). Published once per {@code dedupeKey}. */
public record TrialConverted(UUID accountId, String subscriptionId, String plan, Instant occurredAt, String dedupeKey) {
}
