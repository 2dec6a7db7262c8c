package org.broadsheet.content.article;

import java.time.Instant;
import java.util.List;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticleImage;

/**
 * An article as a newsroom files it: catalog entries by key. {@code updatedAt}, {@code dateline},
 * {@code image} and {@code agencyCredit} may be null.
 */
public record ArticleDraft(String slug, String headline, String summary, String section, List<String> topics,
        List<String> authors, List<String> editors, String dateline, Instant publishedAt, Instant updatedAt,
        AccessLevel accessLevel, ArticleImage image, String agencyCredit, List<String> paragraphs) {
}
