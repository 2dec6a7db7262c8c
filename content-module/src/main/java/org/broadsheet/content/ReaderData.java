package org.broadsheet.content;

import java.util.UUID;

/** The reader's personal data held by content, for export and erasure. */
public interface ReaderData {

    /** All of the reader's saved articles, follows, reads and settings; empty lists for an unknown reader. */
    ReaderDataExport export(UUID accountId);

    /** Deletes all of the reader's saved articles, follows, reads and settings. */
    void erase(UUID accountId);
}
