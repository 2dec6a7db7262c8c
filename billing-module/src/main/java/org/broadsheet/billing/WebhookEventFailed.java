package org.broadsheet.billing;

import java.time.Instant;

/**
 * Applying a stored webhook event failed; {@code gaveUp} is true when it will not be retried again.
 */
public record WebhookEventFailed(String eventId, String type, int attempt, boolean gaveUp, Instant occurredAt) {
}
