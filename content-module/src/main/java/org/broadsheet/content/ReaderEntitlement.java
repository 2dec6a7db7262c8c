package org.broadsheet.content;

import java.time.Instant;

/** What entitles a reader to PREMIUM articles; {@code until} is null when NONE or open-ended. */
public record ReaderEntitlement(Kind kind, Instant until) {

    public enum Kind { NONE, TRIAL, SUBSCRIPTION, GRACE, COMP }

    public ReaderEntitlement {
        if (kind == null) {
            kind = Kind.NONE;
        }
    }

    /** No entitlement. */
    public static ReaderEntitlement none() {
        return new ReaderEntitlement(Kind.NONE, null);
    }

    /** An entitlement of this kind; {@code until} may be null for open-ended. */
    public static ReaderEntitlement of(Kind kind, Instant until) {
        return new ReaderEntitlement(kind, until);
    }

    /** Whether the reader has any entitlement. */
    public boolean active() {
        return kind != Kind.NONE;
    }
}
