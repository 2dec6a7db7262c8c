package org.broadsheet.content;

import java.time.Instant;
import java.util.List;

/**
 * What the access decision knows of an article: its slug, its own level, its section key, topic keys and
 * publication time. {@code section} and {@code publishedAt} may be null (then no section or time rule applies).
 */
public record ArticleFacts(String slug, AccessLevel level, String section, List<String> topics, Instant publishedAt) {

    public ArticleFacts {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** An article known only by its level: no rule other than a promotion for the whole site applies. */
    public static ArticleFacts ofLevel(AccessLevel level) {
        return new ArticleFacts(null, level, null, List.of(), null);
    }
}
