package org.broadsheet.content;

import java.util.Locale;
import java.util.Optional;

/** What a reader can follow: a topic, an author or a section of the catalog. */
public enum FollowKind {
    TOPIC, AUTHOR, SECTION;

    /** The lower-case word URLs and JSON use: {@code topic}, {@code author}, {@code section}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for a URL word; empty for null or anything but {@code topic}, {@code author}, {@code section}. */
    public static Optional<FollowKind> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (FollowKind kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
