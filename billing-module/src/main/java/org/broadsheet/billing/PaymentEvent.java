package org.broadsheet.billing;

import java.time.Instant;

/**
 * One stored provider event.
 *
 * @param status      PENDING, PROCESSED, IGNORED, FAILED (retried later) or DEAD (retries used up)
 * @param objectId    the id of the object it is about; may be null
 * @param customerId  the provider's customer; may be null
 * @param processedAt null while not processed
 * @param lastError   the last failure; null after success
 */
public record PaymentEvent(String eventId, String type, String objectId, String customerId, String status, int attempts,
                           Instant receivedAt, Instant processedAt, String lastError) {

    /** Whether processing failed and the event is waiting for a retry or a replay. */
    public boolean failed() {
        return "FAILED".equals(status) || "DEAD".equals(status);
    }
}
