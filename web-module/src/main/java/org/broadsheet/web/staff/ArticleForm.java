package org.broadsheet.web.staff;

import java.util.List;

/**
 * An article as an editor writes it, in the API ({@code POST/PUT /api/v1/staff/articles}) and the console form.
 * {@code section} is a key, {@code topics}, {@code authors}, {@code editors} and {@code related} lists of keys or
 * slugs; everything but headline, summary, section, access level and paragraphs may be null.
 */
record ArticleForm(String slug, String headline, String summary, String section, List<String> topics,
                   List<String> authors, List<String> editors, String dateline, String accessLevel,
                   List<String> paragraphs, Boolean publish, String imagePath, String imageCaption, String imageCredit,
                   List<String> related) {
}
