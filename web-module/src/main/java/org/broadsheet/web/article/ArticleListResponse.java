package org.broadsheet.web.article;

import java.time.Instant;
import java.util.List;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticlePage;
import org.broadsheet.content.ArticleSummary;

/** {@code GET /api/v1/articles}: a page of articles, newest first, never any body text. */
record ArticleListResponse(List<Item> items, int page, int size, long total) {

    static ArticleListResponse of(ArticlePage page) {
        return new ArticleListResponse(page.items().stream().map(Item::of).toList(), page.page(), page.size(), page.total());
    }

    record Item(String slug, String headline, String summary, RefResponse section, List<RefResponse> topics,
            List<RefResponse> authors, Instant publishedAt, AccessLevel accessLevel) {

        static Item of(ArticleSummary summary) {
            return new Item(summary.slug(), summary.headline(), summary.summary(), RefResponse.of(summary.section()),
                    RefResponse.all(summary.topics()), RefResponse.all(summary.authors()), summary.publishedAt(),
                    summary.accessLevel());
        }
    }
}
