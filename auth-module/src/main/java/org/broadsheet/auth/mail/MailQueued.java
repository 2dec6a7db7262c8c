package org.broadsheet.auth.mail;

import java.util.UUID;

/** An outbox row was written; it is delivered once the writing transaction has committed. */
record MailQueued(UUID outboxId) {
}
