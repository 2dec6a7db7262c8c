package org.broadsheet.billing;

import java.time.Instant;

/** A webhook was refused: bad signature, stale timestamp or malformed body. */
public record WebhookEventRejected(Instant occurredAt) {
}
