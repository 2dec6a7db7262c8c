package org.broadsheet.content;

import java.time.Instant;
import java.util.UUID;

/** Published by {@link ArticleGate#read} for every granted read. {@code accountId} is null for anonymous readers. */
public record ArticleRead(UUID articleId, String slug, UUID accountId, Instant at) {
}
