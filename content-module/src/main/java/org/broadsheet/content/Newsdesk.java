package org.broadsheet.content;

import java.util.List;
import java.util.UUID;

import org.broadsheet.content.article.Newsroom;
import org.springframework.stereotype.Service;

/** Files sections, topics, authors and articles: how editors' tools (and tests) put content in. */
@Service
public class Newsdesk {

    private final Newsroom newsroom;

    Newsdesk(Newsroom newsroom) {
        this.newsroom = newsroom;
    }

    /** Creates the section or renames it; {@code position} orders navigation. */
    public CatalogRef fileSection(String key, String name, int position) {
        return newsroom.section(key, name, position);
    }

    /** Creates the topic or renames it. */
    public CatalogRef fileTopic(String key, String name) {
        return newsroom.topic(key, name);
    }

    /** Creates the author or updates name and bio ({@code bio} may be null). */
    public CatalogRef fileAuthor(String key, String name, String bio) {
        return newsroom.author(key, name, bio);
    }

    /**
     * Creates or rewrites the article with the draft's slug and publishes it; publishes {@link ArticlePublished}
     * when it goes live.
     *
     * @return the article's id
     * @throws IllegalArgumentException when the draft names an unknown section, topic or author
     */
    public UUID publish(ArticleDraft draft) {
        return newsroom.publish(draft);
    }

    /**
     * Sets the "Also Read" list of an article, in order; unknown slugs are skipped.
     *
     * @throws IllegalArgumentException when the article itself is unknown
     */
    public void relate(String slug, List<String> relatedSlugs) {
        newsroom.relate(slug, relatedSlugs);
    }

    /** Takes an article off the site: the gate and the catalog no longer find it. Unknown slugs are ignored. */
    public void withdraw(String slug) {
        newsroom.unpublish(slug);
    }
}
