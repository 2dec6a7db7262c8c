package org.broadsheet.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An article as lists show it: never any body text. {@code image} may be null. */
public record ArticleSummary(UUID id, String slug, String headline, String summary, CatalogRef section,
        List<CatalogRef> topics, List<CatalogRef> authors, Instant publishedAt, Instant updatedAt,
        AccessLevel accessLevel, ArticleImage image) {
}
