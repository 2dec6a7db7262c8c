package org.broadsheet.content;

import java.util.List;

/** One page of a newest-first article list; {@code page} counts from 0. */
public record ArticlePage(List<ArticleSummary> items, int page, int size, long total) {
}
