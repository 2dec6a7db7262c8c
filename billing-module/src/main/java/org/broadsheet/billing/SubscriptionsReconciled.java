package org.broadsheet.billing;

import java.time.Instant;

/**
 * A reconciliation run finished: {@code checked} subscriptions re-synced from the provider, {@code corrected}
 * of them had drifted from it (status, period, trial or cancellation differed), {@code replayed} missed events
 * were stored for processing.
 */
public record SubscriptionsReconciled(int checked, int corrected, int replayed, Instant occurredAt) {
}
