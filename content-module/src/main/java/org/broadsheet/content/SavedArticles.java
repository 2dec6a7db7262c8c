package org.broadsheet.content;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** A reader's saved articles ("Story Saved"): any published article, whatever its access level. */
public interface SavedArticles {

    /**
     * Saves the article for the reader; saving it again changes nothing.
     *
     * @throws ReaderTargetNotFoundException when no published article has this slug
     */
    void save(UUID accountId, String slug);

    /**
     * Removes the article from the reader's saved articles; removing one that is not saved changes nothing.
     *
     * @throws ReaderTargetNotFoundException when no article has this slug
     */
    void unsave(UUID accountId, String slug);

    /** Whether the reader saved the article with this slug (false for an unknown slug). */
    boolean isSaved(UUID accountId, String slug);

    /** The slugs among the given ones the reader has saved (for marking list items); never null. */
    Set<String> savedAmong(UUID accountId, Collection<String> slugs);

    /** One page (from 0) of the reader's saved articles, most recently saved first. */
    ReaderPage<SavedArticle> list(UUID accountId, int page, int size);
}
