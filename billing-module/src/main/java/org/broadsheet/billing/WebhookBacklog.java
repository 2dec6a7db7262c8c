package org.broadsheet.billing;

import java.time.Instant;

/** How far behind the webhook worker is, for monitoring. */
public interface WebhookBacklog {

    /** The stored events not yet applied now. */
    Snapshot snapshot();

    /**
     * @param waiting     events stored and not yet applied (pending or failed and due for a retry)
     * @param failing     events whose last attempt failed, including those given up on
     * @param dead        events given up on after the last retry
     * @param oldestWaiting when the oldest waiting event was received; null when none waits
     */
    record Snapshot(long waiting, long failing, long dead, Instant oldestWaiting) {
    }
}
