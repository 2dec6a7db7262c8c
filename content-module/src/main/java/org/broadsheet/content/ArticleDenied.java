package org.broadsheet.content;

import java.time.Instant;
import java.util.UUID;

/**
 * Published by {@link ArticleGate#read} when a reader was shown the lead-in and the paywall instead of the
 * article. {@code accountId} is null for anonymous readers.
 */
public record ArticleDenied(UUID articleId, String slug, AccessReason reason, UUID accountId, Instant at) {
}
