package org.broadsheet.web.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the staff audit; there is deliberately no way to change or remove an entry. */
@Component
public class StaffAudit {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ObjectProvider<Clock> clocks;

    StaffAudit(JdbcClient jdbc, JsonMapper json, ObjectProvider<Clock> clocks) {
        this.jdbc = jdbc;
        this.json = json;
        this.clocks = clocks;
    }

    /** Records an action; {@code accountId} may be null (article actions), {@code before}/{@code after} any JSON-able value or null. */
    public void record(StaffActor actor, String action, UUID accountId, String reason, Object before, Object after,
                Map<String, Object> extra) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (extra != null) {
            details.putAll(extra);
        }
        details.put("before", before);
        details.put("after", after);
        jdbc.sql("""
                INSERT INTO staff_audit (id, at, actor_id, actor_email, action, account_id, reason, details)
                VALUES (:id, :at, :actor, :email, :action, :account, :reason, :details)""")
                .param("id", UUID.randomUUID()).param("at", Timestamp.from(clocks.getIfAvailable(Clock::systemUTC).instant()))
                .param("actor", actor.accountId()).param("email", actor.email()).param("action", action)
                .param("account", accountId).param("reason", reason).param("details", json.writeValueAsString(details))
                .update();
    }

    /** Entries about the account (every entry when null), newest first, at most {@code limit}. */
    List<AuditEntry> entries(UUID accountId, int limit) {
        String where = accountId == null ? "" : " WHERE account_id = :account";
        var spec = jdbc.sql("SELECT at, actor_id, actor_email, action, account_id, reason, details FROM staff_audit"
                + where + " ORDER BY at DESC, seq DESC LIMIT :limit").param("limit", Math.max(1, limit));
        if (accountId != null) {
            spec = spec.param("account", accountId);
        }
        return spec.query((rs, n) -> new AuditEntry(rs.getTimestamp("at").toInstant(),
                        new AuditEntry.Actor(rs.getObject("actor_id", UUID.class), rs.getString("actor_email")),
                        rs.getString("action"), rs.getObject("account_id", UUID.class), rs.getString("reason"),
                        parse(rs.getString("details"))))
                .list();
    }

    private JsonNode parse(String details) {
        return json.readTree(details);
    }
}
