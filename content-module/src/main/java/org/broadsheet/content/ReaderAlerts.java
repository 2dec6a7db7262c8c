package org.broadsheet.content;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * News alerts: made when an article is published in a topic, section or by an author a reader follows, kept on
 * the reader's account, and optionally mailed in hourly batches.
 */
public interface ReaderAlerts {

    /** The least time between two alert mails to one reader. */
    Duration MAIL_INTERVAL = Duration.ofHours(1);

    /** The reader's alerts, newest first, at most {@code limit} (1 to 200). */
    List<ReaderAlert> list(UUID accountId, int limit);

    /** Alerts of these readers made at or after {@code since}, oldest first (what live streams poll for). */
    List<ReaderAlert> since(Collection<UUID> accountIds, Instant since);

    /** Whether the reader chose to get alerts by email too (false when never chosen). */
    boolean emailAlerts(UUID accountId);

    /** Turns alert mail on or off for the reader. */
    void setEmailAlerts(UUID accountId, boolean enabled);

    /**
     * Takes the next batch of alert mail: for each reader who chose email alerts, has alerts not yet mailed and
     * was last mailed at least {@link #MAIL_INTERVAL} ago, marks those alerts mailed and returns them. Call
     * inside the transaction that queues the mail; each alert is taken once across instances.
     */
    List<AlertDigest> takeDigests(Instant now);
}
