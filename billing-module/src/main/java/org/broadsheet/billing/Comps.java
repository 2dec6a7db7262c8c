package org.broadsheet.billing;

import java.time.LocalDate;
import java.util.UUID;

/** Complimentary access granted by staff. */
public interface Comps {

    /**
     * Grants access through the end of {@code until} in the publisher's time zone.
     *
     * @param grantedBy who granted it (an email or account id), for the record
     */
    void grant(UUID accountId, LocalDate until, String reason, String grantedBy);
}
