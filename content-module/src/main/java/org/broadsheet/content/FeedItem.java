package org.broadsheet.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One article in a reader's personalized feed, with the reasons it is there ("You follow Elections").
 * section may be null; because is never empty.
 */
public record FeedItem(UUID articleId, String slug, String headline, String summary, CatalogRef section,
        Instant publishedAt, AccessLevel accessLevel, List<String> because) {
}
