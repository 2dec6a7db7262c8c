package org.broadsheet.content;

import java.time.Instant;
import java.util.UUID;

/** An article a reader saved, as the Saved Articles list shows it. section may be null. */
public record SavedArticle(UUID articleId, String slug, String headline, CatalogRef section, AccessLevel accessLevel,
        Instant savedAt) {
}
