package org.broadsheet.web.onboarding;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A job as its table row holds it (without the input). Instants other than {@code createdAt}, and {@code failure},
 * may be null.
 */
record ImportJob(UUID id, ImportKind kind, ImportStatus status, String sourceName, Map<String, String> options,
                 int total, int done, int imported, int updated, int unchanged, int rejected, UUID actorId,
                 String actorEmail, String reason, Instant createdAt, Instant startedAt, Instant runStartedAt,
                 int runStartDone, Instant heartbeatAt, Instant finishedAt, String failure) {

    /** Whole percent of rows done; 100 for a finished job without rows. */
    int percent() {
        if (total == 0) {
            return status.finished() ? 100 : 0;
        }
        return (int) Math.min(100, (long) done * 100 / total);
    }

    /** Rows a second since this run began; null before a row was done. */
    Double ratePerSecond(Instant now) {
        if (runStartedAt == null || done <= runStartDone) {
            return null;
        }
        Instant until = finishedAt != null ? finishedAt : now;
        double seconds = Math.max(0.001, Duration.between(runStartedAt, until).toMillis() / 1000.0);
        return (done - runStartDone) / seconds;
    }

    /** Seconds left at the current rate; null when unknown, 0 when finished. */
    Long secondsLeft(Instant now) {
        if (status.finished()) {
            return 0L;
        }
        Double rate = ratePerSecond(now);
        if (rate == null || rate <= 0 || total == 0) {
            return null;
        }
        return (long) Math.ceil((total - done) / rate);
    }

    boolean option(String name) {
        return Boolean.parseBoolean(options.get(name));
    }
}
