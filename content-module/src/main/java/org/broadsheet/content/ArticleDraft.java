package org.broadsheet.content;

import java.time.Instant;
import java.util.List;

/**
 * An article as the newsroom files it, naming its section, topics, writers ({@code authors}) and editors by
 * key. {@code editors}, {@code updatedAt} (then the publication time), {@code dateline}, {@code image} and
 * {@code agencyCredit} may be null.
 */
public record ArticleDraft(String slug, String headline, String summary, String section, List<String> topics,
        List<String> authors, List<String> editors, String dateline, Instant publishedAt, Instant updatedAt,
        AccessLevel accessLevel, ArticleImage image, String agencyCredit, List<String> paragraphs) {
}
