package org.broadsheet.content;

/** An article's lead image: a path under the site's static images; caption and credit may be null. */
public record ArticleImage(String path, String caption, String credit) {
}
