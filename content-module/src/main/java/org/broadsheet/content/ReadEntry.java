package org.broadsheet.content;

import java.time.Instant;
import java.util.UUID;

/** One article in My Reads: when the reader last read it and how many times. */
public record ReadEntry(UUID articleId, String slug, String headline, Instant firstReadAt, Instant lastReadAt,
        int readCount) {
}
