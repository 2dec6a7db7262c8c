package org.broadsheet.content;

import java.util.UUID;

/**
 * What the decision knows of the reader. {@code accountId} null = not signed in; {@code visitorId} null = no
 * valid visitor cookie; {@code crawler} null = not a verified search crawler, else the engine's name (set only
 * when the verified-crawlers option is on and the client address passed reverse and forward DNS).
 */
public record ReaderFacts(UUID accountId, String visitorId, boolean staff, String crawler) {

    /** A reader who is no verified crawler. */
    public ReaderFacts(UUID accountId, String visitorId, boolean staff) {
        this(accountId, visitorId, staff, null);
    }

    /** A reader who is not signed in; {@code visitorId} may be null when the browser has no valid cookie. */
    public static ReaderFacts anonymous(String visitorId) {
        return new ReaderFacts(null, visitorId, false, null);
    }

    /** A signed-in reader; {@code visitorId} may be null. */
    public static ReaderFacts signedIn(UUID accountId, String visitorId, boolean staff) {
        return new ReaderFacts(accountId, visitorId, staff, null);
    }

    /** A search crawler verified by DNS, named by its engine ("Google", "Bing", …); never metered. */
    public static ReaderFacts verifiedCrawler(String engine) {
        return new ReaderFacts(null, null, false, engine);
    }

    /** Whether the reader is signed in to an account. */
    public boolean signedIn() {
        return accountId != null;
    }

    /** Whether the reader is a verified search crawler. */
    public boolean verifiedCrawler() {
        return crawler != null;
    }
}
