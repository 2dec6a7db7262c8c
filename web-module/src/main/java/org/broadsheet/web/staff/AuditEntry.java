package org.broadsheet.web.staff;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * One audited staff action, as {@code GET /api/v1/staff/audit} shows it.
 *
 * @param actor     who: {@code {"id","email"}}
 * @param accountId on whom; null for actions on articles
 * @param details   {@code {"before", "after"}} of what changed, and the article slug for article actions
 */
record AuditEntry(Instant at, Actor actor, String action, UUID accountId, String reason, JsonNode details) {

    record Actor(UUID id, String email) {
    }
}
