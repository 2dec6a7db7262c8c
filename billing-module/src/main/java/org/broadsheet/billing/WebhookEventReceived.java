package org.broadsheet.billing;

import java.time.Instant;

/** A correctly signed webhook event arrived; {@code duplicate} when it had been stored before. */
public record WebhookEventReceived(String eventId, String type, boolean duplicate, Instant occurredAt) {
}
