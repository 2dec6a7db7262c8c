package org.broadsheet.auth;

import java.time.Instant;
import java.util.UUID;

/**
 * One mail of the outbox as staff may read it.
 *
 * @param sentAt when the SMTP server took it; null while it was not sent (no SMTP server, or a retry pending)
 * @param text   the plain-text part; links of sent mail no longer carry their token
 */
public record MailRecord(UUID id, String recipient, String subject, String template, Instant createdAt, Instant sentAt,
                         String text) {
}
