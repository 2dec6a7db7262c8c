package org.broadsheet.content;

import java.time.Instant;
import java.util.UUID;

/** My Reads: one entry per article a signed-in reader was granted, unless the reader paused recording. */
public interface ReadingHistory {

    /**
     * Records a granted read of an article: creates its entry or moves it to the top and counts one more read.
     * Does nothing while the reader has paused recording.
     */
    void record(UUID accountId, UUID articleId, Instant at);

    /** One page (from 0) of the reader's reads, most recently read first. */
    ReaderPage<ReadEntry> list(UUID accountId, int page, int size);

    /** Removes one article from the reader's reads; nothing happens when it is not there or unknown. */
    void remove(UUID accountId, String slug);

    /** Removes every entry of the reader's reads. */
    void clear(UUID accountId);

    /** Stops (true) or resumes (false) recording the reader's reads. */
    void setPaused(UUID accountId, boolean paused);

    /** Whether recording is paused for the reader. */
    boolean isPaused(UUID accountId);
}
