package org.broadsheet.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The article as this reader may see it: all paragraphs when {@code access.granted()}, else only the lead-in
 * (first two) and {@code truncated=true}. {@code editors} may be empty; {@code dateline}, {@code agencyCredit},
 * {@code image} may be null; {@code related} are "Also Read" summaries; {@code accessLevel} is the
 * level the access rules give the article now (its own level when no rule applies).
 */
public record ReadableArticle(UUID id, String slug, String headline, String summary, CatalogRef section,
        List<CatalogRef> topics, List<CatalogRef> authors, List<CatalogRef> editors, String dateline,
        Instant publishedAt, Instant updatedAt, AccessLevel accessLevel, ArticleImage image,
        String agencyCredit, List<ArticleSummary> related, AccessDecision access,
        List<String> paragraphs, boolean truncated) {
}
