package org.broadsheet.content;

import java.util.Optional;

import org.springframework.stereotype.Service;

/** THE gate: the only way article body text leaves the module. */
@Service
public class ArticleGate {

    /**
     * The article as this reader may see it. Decides, counts the meter when a METERED read is granted (first
     * read of the month only), publishes {@link ArticleRead} for granted reads; empty for an unknown or
     * unpublished slug.
     */
    public Optional<ReadableArticle> read(String slug, ReaderFacts reader) {
        return Optional.empty();
    }

    /** Same gating as {@link #read} but never counts the meter nor records a read. */
    public Optional<ReadableArticle> peek(String slug, ReaderFacts reader) {
        return Optional.empty();
    }
}
