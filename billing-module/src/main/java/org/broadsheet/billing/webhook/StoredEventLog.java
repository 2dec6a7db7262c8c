package org.broadsheet.billing.webhook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.broadsheet.billing.PaymentEvent;
import org.broadsheet.billing.PaymentEventLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Staff's view of the stored webhook events, and the replay button behind it. */
@Service
class StoredEventLog implements PaymentEventLog {

    private static final String COLUMNS = """
            event_id, type, object_id, customer_id, status, attempts, received_at, processed_at, last_error""";

    private final JdbcClient jdbc;
    private final EventWorker worker;
    private final Clock clock;

    StoredEventLog(JdbcClient jdbc, EventWorker worker, Clock clock) {
        this.jdbc = jdbc;
        this.worker = worker;
        this.clock = clock;
    }

    @Override
    public List<PaymentEvent> ofAccount(UUID accountId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM billing_webhook_event e WHERE e.customer_id IN (SELECT c.customer_id FROM billing_customer c WHERE c.account_id = :a)
                   OR e.customer_id IN (SELECT s.customer_id FROM billing_subscription s WHERE s.account_id = :a)
                   OR e.object_id IN (SELECT s.subscription_id FROM billing_subscription s WHERE s.account_id = :a)
                   OR e.object_id IN (SELECT k.session_id FROM billing_checkout k WHERE k.account_id = :a)
                 ORDER BY e.received_at DESC LIMIT :limit""")
                .param("a", accountId).param("limit", Math.max(1, Math.min(limit, 200))).query(StoredEventLog::map).list();
    }

    @Override
    public List<PaymentEvent> recent(boolean failedOnly, int limit) {
        String where = failedOnly ? " WHERE status IN ('FAILED', 'DEAD')" : "";
        return jdbc.sql("SELECT " + COLUMNS + " FROM billing_webhook_event" + where + " ORDER BY received_at DESC LIMIT :limit")
                .param("limit", Math.max(1, Math.min(limit, 500))).query(StoredEventLog::map).list();
    }

    @Override
    public boolean replay(String eventId) {
        Instant now = clock.instant();
        int reset = jdbc.sql("""
                UPDATE billing_webhook_event SET status = 'PENDING', next_attempt_at = :now, claimed_until = NULL
                WHERE event_id = :id AND (claimed_until IS NULL OR claimed_until < :now)""")
                .param("now", Timestamp.from(now)).param("id", eventId).update();
        if (reset == 0) {
            return jdbc.sql("SELECT COUNT(*) FROM billing_webhook_event WHERE event_id = :id").param("id", eventId)
                    .query(Long.class).single() > 0;
        }
        worker.processOne(eventId);
        return true;
    }

    private static PaymentEvent map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp processed = rs.getTimestamp("processed_at");
        return new PaymentEvent(rs.getString("event_id"), rs.getString("type"), rs.getString("object_id"),
                rs.getString("customer_id"), rs.getString("status"), rs.getInt("attempts"),
                rs.getTimestamp("received_at").toInstant(), processed == null ? null : processed.toInstant(),
                rs.getString("last_error"));
    }
}
