package org.broadsheet.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Editions of newsletters and who received them: an edition is made once per scheduled slot, and each reader
 * is claimed for it once, whatever the number of instances sending.
 */
public interface NewsletterEditions {

    /** The editions whose slot has come (within the last hours) and that may still have readers to send to. */
    List<NewsletterEdition> due(Instant now);

    /**
     * The edition of this newsletter for this slot, made on first call with the stories published since the
     * slot before it (in the newsletter's section, when it has one); the same edition on every later call.
     *
     * @throws ReaderTargetNotFoundException (what {@code newsletter}) for an unknown key
     */
    NewsletterEdition edition(String newsletterKey, Instant slot);

    /**
     * Claims the delivery of an edition to a reader: true for exactly one caller per (edition, reader), even
     * across instances. Claim inside the transaction that queues the mail, so a failed send releases it.
     */
    boolean claim(UUID editionId, UUID accountId);

    /** The edition's readers not yet claimed: who currently receives its newsletter and has no delivery row. */
    List<UUID> awaiting(NewsletterEdition edition);

    /** The editions the reader was sent, newest first, for the data export. */
    List<NewsletterEdition> receivedBy(UUID accountId);
}
