package org.broadsheet.billing;

import java.time.Instant;
import java.util.UUID;

/**
 * A renewal payment failed; the subscription is past due. Published once per {@code dedupeKey}; a listener sending mail should also
 * ignore a key it has seen.
 */
public record PaymentFailed(UUID accountId, String subscriptionId, String invoiceId, Instant occurredAt, String dedupeKey) {
}
