package org.broadsheet.auth.throttle;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.broadsheet.auth.config.AuthClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per email and per client address, counted in the database rather than in memory
 * (Bucket4j's local buckets) because every instance must see the same count.
 */
@Component
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final AuthClock clock;

    SignInThrottle(JdbcClient jdbc, AuthClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long sign-in stays refused for this email or address; empty when an attempt may go ahead. */
    public Optional<Duration> blockedFor(String normalisedEmail, String clientAddress) {
        Instant now = clock.now();
        Duration longest = Duration.ZERO;
        for (String subject : subjects(normalisedEmail, clientAddress)) {
            List<Instant> failures = jdbc.sql("""
                    SELECT failed_at FROM sign_in_failures WHERE subject = :subject AND failed_at > :since
                    ORDER BY failed_at DESC""")
                    .param("subject", subject).param("since", Timestamp.from(now.minus(WINDOW)))
                    .query((rs, n) -> rs.getTimestamp("failed_at").toInstant()).list();
            if (failures.size() >= MAX_FAILURES) {
                // attempts open again when the fifth most recent failure leaves the window
                Duration wait = Duration.between(now, failures.get(MAX_FAILURES - 1).plus(WINDOW));
                if (wait.compareTo(longest) > 0) {
                    longest = wait;
                }
            }
        }
        if (longest.isZero() || longest.isNegative()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (longest.toMillis() + 999) / 1000);
        return Optional.of(Duration.ofSeconds(seconds));
    }

    /** Counts one failure against the email and the address; committed even when the caller rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String normalisedEmail, String clientAddress) {
        Instant now = clock.now();
        for (String subject : subjects(normalisedEmail, clientAddress)) {
            jdbc.sql("DELETE FROM sign_in_failures WHERE subject = :subject AND failed_at <= :before")
                    .param("subject", subject).param("before", Timestamp.from(now.minus(WINDOW))).update();
            jdbc.sql("INSERT INTO sign_in_failures (id, subject, failed_at) VALUES (:id, :subject, :at)")
                    .param("id", UUID.randomUUID()).param("subject", subject).param("at", Timestamp.from(now)).update();
        }
    }

    /** Forgets the failures of an email after a successful sign-in. */
    public void clearEmail(String normalisedEmail) {
        jdbc.sql("DELETE FROM sign_in_failures WHERE subject = :subject").param("subject", emailSubject(normalisedEmail)).update();
    }

    private static List<String> subjects(String normalisedEmail, String clientAddress) {
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
        return List.of(emailSubject(normalisedEmail), "address:" + truncate(address));
    }

    private static String emailSubject(String normalisedEmail) {
        return "email:" + truncate(normalisedEmail == null ? "" : normalisedEmail);
    }

    private static String truncate(String value) {
        return value.length() > 380 ? value.substring(0, 380) : value;
    }
}
