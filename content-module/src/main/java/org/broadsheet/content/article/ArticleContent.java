package org.broadsheet.content.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticleImage;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.CatalogRef;

/** A published article with its whole body, for the gate only: nothing else may hand it out. */
public record ArticleContent(UUID id, String slug, String headline, String summary, CatalogRef section,
        List<CatalogRef> topics, List<CatalogRef> authors, List<CatalogRef> editors, String dateline,
        Instant publishedAt, Instant updatedAt, AccessLevel accessLevel, ArticleImage image, String agencyCredit,
        List<ArticleSummary> related, List<String> paragraphs) {
}
