package org.broadsheet.billing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Complimentary access granted by staff. */
public interface Comps {

    /**
     * Grants access through the end of {@code until} in the publisher's time zone.
     *
     * @param grantedBy who granted it (an email or account id), for the record
     */
    void grant(UUID accountId, LocalDate until, String reason, String grantedBy);

    /** The last day of the account's furthest-reaching comp, past or not; empty when it never had one. */
    Optional<LocalDate> latestUntil(UUID accountId);
}
