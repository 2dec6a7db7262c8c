package org.broadsheet.billing;

import java.time.Instant;
import java.util.UUID;

/** A reader was sent to a checkout for this plan; {@code trial} says whether completing it starts a free trial. */
public record CheckoutOpened(UUID accountId, String plan, boolean trial, Instant occurredAt) {
}
