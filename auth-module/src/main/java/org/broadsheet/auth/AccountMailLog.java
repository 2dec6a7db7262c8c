package org.broadsheet.auth;

import java.util.List;
import java.util.UUID;

/** The outbox, read by staff: what mail an account was sent. */
public interface AccountMailLog {

    /** The account's mail, newest first, at most {@code limit} (1 to 200); empty for an unknown account. */
    List<MailRecord> mailOf(UUID accountId, int limit);
}
