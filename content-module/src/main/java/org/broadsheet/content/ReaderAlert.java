package org.broadsheet.content;

import java.time.Instant;
import java.util.UUID;

/**
 * A news alert for a reader: an article was published in something the reader follows. Carries only the
 * headline, summary and slug, never body text.
 *
 * @param because what the reader follows that matched, e.g. "Topic: Elections"
 * @param summary may be null
 */
public record ReaderAlert(UUID id, UUID accountId, String slug, String headline, String summary, String because,
        Instant createdAt) {
}
