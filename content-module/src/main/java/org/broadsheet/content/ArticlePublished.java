package org.broadsheet.content;

import java.time.Instant;
import java.util.UUID;

/** Published by the newsroom when an article goes live (first publication or back from withdrawal). */
public record ArticlePublished(UUID articleId, String slug, String section, Instant publishedAt) {
}
