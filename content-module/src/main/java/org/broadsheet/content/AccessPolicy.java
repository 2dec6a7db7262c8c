package org.broadsheet.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.broadsheet.content.rules.RuleBook;

/**
 * The access decision: one pure function of the article, the reader, the meter, the time and the compiled access
 * rules, so every output decides the same way.
 *
 * <p>Precedence, first that applies wins (the list editors see in the console, {@link #PRECEDENCE}):
 * a promotion window, a campaign link, the article pin, a time rule, a topic default, a section default, the
 * article's own level. With the level settled, staff and entitled readers read everything; then a verified
 * crawler (when the option is on), a gift link, and the level's own test; a METERED read consults the section's
 * meter rule (not counted at all, or other limits).
 */
final class AccessPolicy {

    /** The order in which rules settle an article's access, as shown to editors. */
    static final List<String> PRECEDENCE = List.of(
            "Promotion window (free access for a section or the whole site)",
            "Campaign link (one article, until the link expires)",
            "Article pin (the article's level, whatever other rules say)",
            "Time rule (a level until / from N days after publication; the strictest applying rule wins)",
            "Topic default (the strictest of the article's topics wins)",
            "Section default",
            "The article's own level",
            "Then, for METERED articles: the section's meter rule (not counted, or other limits)");

    private AccessPolicy() {
    }

    /** The decision without rules, as before there were any: kept for callers that know only the level. */
    static AccessDecision decide(AccessLevel level, ReaderFacts reader, ReaderEntitlement entitlement,
            MeterState meter, boolean alreadyCounted, boolean gifted) {
        return decide(ArticleFacts.ofLevel(level), reader, entitlement, meter, alreadyCounted, gifted, null,
                Instant.EPOCH, RuleBook.EMPTY);
    }

    /**
     * Decides whether this reader may read this article now.
     *
     * @param article the article's facts
     * @param reader who reads (signed in or not, staff or not, verified crawler or not)
     * @param entitlement the reader's entitlement; null means none
     * @param meter this month's meter before this read, with the site's limit for this reader; may be null only
     *              for staff or entitled readers
     * @param alreadyCounted whether this article already counted on the reader's meter this month
     * @param gifted whether the reader opened the article through a live gift link made for it
     * @param campaign the campaign rule named by a correctly signed, unexpired campaign link; null when none
     * @param now the moment of the read
     * @param rules the compiled access rules
     * @return the decision, carrying {@code meter} for metered readers (null for staff and entitled readers) and
     *         the rule that decided (null when the article's own level did)
     */
    static AccessDecision decide(ArticleFacts article, ReaderFacts reader, ReaderEntitlement entitlement,
            MeterState meter, boolean alreadyCounted, boolean gifted, UUID campaign, Instant now, RuleBook rules) {
        boolean entitled = entitlement != null && entitlement.active();
        boolean metered = !reader.staff() && !entitled;
        MeterState shown = metered ? meter : null;
        AppliedRule promotion = rules.promotion(article.section(), now);
        if (promotion != null) {
            return AccessDecision.of(AccessReason.FREE, shown, promotion);
        }
        AppliedRule link = rules.campaign(campaign, article.slug(), now);
        if (link != null) {
            return AccessDecision.of(AccessReason.FREE, shown, link);
        }
        RuleBook.Resolved resolved = rules.level(article, now);
        AccessLevel level = resolved.level();
        AppliedRule rule = resolved.rule();
        if (level == AccessLevel.FREE) {
            return AccessDecision.of(AccessReason.FREE, shown, rule);
        }
        if (reader.staff()) {
            return AccessDecision.of(AccessReason.STAFF, null, rule);
        }
        if (entitled) {
            return AccessDecision.of(reasonFor(entitlement.kind()), null, rule);
        }
        if (reader.verifiedCrawler()) {
            // the page still marks the gated part (isAccessibleForFree false, hasPart), so this is no cloaking
            return AccessDecision.of(AccessReason.FREE, shown,
                    new AppliedRule(null, AccessRuleKind.VERIFIED_CRAWLER, "Verified search crawler: " + reader.crawler()));
        }
        if (gifted) {
            // a gift opens the article for anyone and never counts on the meter
            return AccessDecision.of(AccessReason.GIFT, shown, rule);
        }
        return switch (level) {
            case REGISTERED -> AccessDecision.of(
                    reader.signedIn() ? AccessReason.REGISTERED : AccessReason.SIGN_IN_REQUIRED, shown, rule);
            case PREMIUM -> AccessDecision.of(AccessReason.SUBSCRIPTION_REQUIRED, shown, rule);
            case METERED -> metered(article, reader, meter, alreadyCounted, rules, rule);
            case FREE -> AccessDecision.of(AccessReason.FREE, shown, rule);
        };
    }

    /** The article's level under the rules and the rule that set it (null: its own level); pure. */
    static RuleBook.Resolved level(ArticleFacts article, Instant now, RuleBook rules) {
        return rules.level(article, now);
    }

    private static AccessDecision metered(ArticleFacts article, ReaderFacts reader, MeterState meter,
            boolean alreadyCounted, RuleBook rules, AppliedRule levelRule) {
        RuleBook.MeterRule meterRule = rules.meter(article.section());
        if (meterRule == null) {
            return AccessDecision.of(alreadyCounted || meter.used() < meter.limit()
                    ? AccessReason.METER : AccessReason.METER_EXHAUSTED, meter, levelRule);
        }
        if (!meterRule.counted()) {
            // reads in this section never use the meter: as free as a FREE article
            return AccessDecision.of(AccessReason.FREE, meter, meterRule.rule());
        }
        MeterState own = new MeterState(meter.used(), meterRule.limit(reader.signedIn(), meter.limit()));
        return AccessDecision.of(alreadyCounted || own.used() < own.limit()
                ? AccessReason.METER : AccessReason.METER_EXHAUSTED, own, meterRule.rule());
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
