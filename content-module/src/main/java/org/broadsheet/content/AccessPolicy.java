package org.broadsheet.content;

/**
 * The access decision: one pure function of the article's access level, the reader and the meter, so every
 * output decides the same way.
 */
final class AccessPolicy {

    private AccessPolicy() {
    }

    /**
     * Decides whether this reader may read an article of this level.
     *
     * @param level the article's access level
     * @param reader who reads (signed in or not, staff or not)
     * @param entitlement the reader's entitlement; null means none
     * @param meter this month's meter before this read; may be null only for staff or entitled readers
     * @param alreadyCounted whether this article already counted on the reader's meter this month
     * @param gifted whether the reader opened the article through a live gift link made for it
     * @return the decision, carrying {@code meter} for metered readers and null for staff and entitled readers
     */
    static AccessDecision decide(AccessLevel level, ReaderFacts reader, ReaderEntitlement entitlement,
            MeterState meter, boolean alreadyCounted, boolean gifted) {
        boolean entitled = entitlement != null && entitlement.active();
        boolean metered = !reader.staff() && !entitled;
        MeterState shown = metered ? meter : null;
        if (level == AccessLevel.FREE) {
            return AccessDecision.of(AccessReason.FREE, shown);
        }
        if (reader.staff()) {
            return AccessDecision.of(AccessReason.STAFF, null);
        }
        if (entitled) {
            return AccessDecision.of(reasonFor(entitlement.kind()), null);
        }
        if (gifted) {
            // a gift opens the article for anyone and never counts on the meter
            return AccessDecision.of(AccessReason.GIFT, shown);
        }
        return switch (level) {
            case REGISTERED -> AccessDecision.of(
                    reader.signedIn() ? AccessReason.REGISTERED : AccessReason.SIGN_IN_REQUIRED, shown);
            case PREMIUM -> AccessDecision.of(AccessReason.SUBSCRIPTION_REQUIRED, shown);
            case METERED -> AccessDecision.of(alreadyCounted || meter.used() < meter.limit()
                    ? AccessReason.METER : AccessReason.METER_EXHAUSTED, shown);
            case FREE -> AccessDecision.of(AccessReason.FREE, shown);
        };
    }

    private static AccessReason reasonFor(ReaderEntitlement.Kind kind) {
        return switch (kind) {
            case TRIAL -> AccessReason.TRIAL;
            case SUBSCRIPTION -> AccessReason.SUBSCRIPTION;
            case GRACE -> AccessReason.GRACE;
            case COMP -> AccessReason.COMP;
            case NONE -> throw new IllegalArgumentException("no entitlement");
        };
    }
}
