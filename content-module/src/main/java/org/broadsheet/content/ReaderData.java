package org.broadsheet.content;

import java.util.UUID;

/** The reader's personal data held by content, for export and erasure. */
public interface ReaderData {

    /** All of the reader's saved articles, follows, reads and settings; empty lists for an unknown reader. */
    ReaderDataExport export(UUID accountId);

    /**
     * Deletes all of the reader's saved articles, follows, reads and settings, newsletter choices and deliveries,
     * alerts and the gift links the reader made.
     */
    void erase(UUID accountId);
}
