package org.broadsheet.content;

import java.util.UUID;

/**
 * What the decision knows of the reader. {@code accountId} null = not signed in; {@code visitorId} null = no
 * valid visitor cookie.
 */
public record ReaderFacts(UUID accountId, String visitorId, boolean staff) {

    /** A reader who is not signed in; {@code visitorId} may be null when the browser has no valid cookie. */
    public static ReaderFacts anonymous(String visitorId) {
        return new ReaderFacts(null, visitorId, false);
    }

    /** A signed-in reader; {@code visitorId} may be null. */
    public static ReaderFacts signedIn(UUID accountId, String visitorId, boolean staff) {
        return new ReaderFacts(accountId, visitorId, staff);
    }

    /** Whether the reader is signed in to an account. */
    public boolean signedIn() {
        return accountId != null;
    }
}
