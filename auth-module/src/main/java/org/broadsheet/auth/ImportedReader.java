package org.broadsheet.auth;

import java.time.Instant;
import java.util.Set;

/**
 * A reader as another platform knew them.
 *
 * @param createdAt when they became a reader there; null for now
 * @param labels    lower-case labels (segments, cohorts); never null, may be empty
 */
public record ImportedReader(String email, String name, Instant createdAt, Set<String> labels) {

    public ImportedReader {
        labels = labels == null ? Set.of() : Set.copyOf(labels);
    }
}
