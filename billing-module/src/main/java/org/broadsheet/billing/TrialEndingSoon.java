package org.broadsheet.billing;

import java.time.Instant;
import java.util.UUID;

/**
 * The provider announced that a trial ends soon (three days ahead). Published once per {@code dedupeKey}; a listener sending mail should also
 * ignore a key it has seen.
 */
public record TrialEndingSoon(UUID accountId, String subscriptionId, Instant trialEnd, Instant occurredAt, String dedupeKey) {
}
