package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.broadsheet.content.rules.RuleBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The access decision under rules: precedence, time rules at midnight in the publisher's zone, windows, links. */
class AccessRulesPolicyUnitTests {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Instant PUBLISHED = at("2026-12-01T23:30");
    private static final Instant NOW = at("2026-12-03T12:00");
    private static final ReaderFacts ANONYMOUS = ReaderFacts.anonymous("visitor-1");
    private static final MeterState FRESH = new MeterState(0, 3);

    private static final AccessRule OPINION_PREMIUM = rule(AccessRuleKind.SECTION_DEFAULT, "Opinion is premium",
            "opinion", null, null, AccessLevel.PREMIUM);
    private static final AccessRule ELECTIONS_REGISTERED = rule(AccessRuleKind.TOPIC_DEFAULT,
            "Elections for registered readers", null, "elections", null, AccessLevel.REGISTERED);
    private static final AccessRule PIN_FREE = rule(AccessRuleKind.ARTICLE_PIN, "Editorial stays free", null, null,
            "the-editorial", AccessLevel.FREE);
    private static final AccessRule FIRST_WEEK = time("Opinion is premium for 7 days", "opinion", null, 7,
            AccessLevel.METERED, AccessLevel.PREMIUM);
    private static final AccessRule FREE_WEEKEND = promotion("Free weekend", "opinion", at("2026-12-03T00:00"),
            at("2026-12-05T00:00"));

    static Stream<Arguments> precedenceTable() {
        // rules in force → the level and the rule that decides, for an Opinion article on elections, METERED itself
        return Stream.of(
                Arguments.of(List.of(), AccessLevel.METERED, null),
                Arguments.of(List.of(OPINION_PREMIUM), AccessLevel.PREMIUM, "Opinion is premium"),
                Arguments.of(List.of(OPINION_PREMIUM, ELECTIONS_REGISTERED), AccessLevel.REGISTERED,
                        "Elections for registered readers"),
                Arguments.of(List.of(OPINION_PREMIUM, ELECTIONS_REGISTERED, FIRST_WEEK), AccessLevel.PREMIUM,
                        "Opinion is premium for 7 days"),
                Arguments.of(List.of(OPINION_PREMIUM, ELECTIONS_REGISTERED, FIRST_WEEK, PIN_FREE), AccessLevel.FREE,
                        "Editorial stays free"),
                Arguments.of(List.of(OPINION_PREMIUM, ELECTIONS_REGISTERED, FIRST_WEEK, PIN_FREE, FREE_WEEKEND),
                        AccessLevel.FREE, "Free weekend"));
    }

    @ParameterizedTest
    @MethodSource("precedenceTable")
    void settlesTheLevelByPrecedence(List<AccessRule> rules, AccessLevel level, String rule) {
        RuleBook book = RuleBook.compile(rules, KOLKATA, 1);
        AccessDecision decision = decide(book, opinionOnElections(AccessLevel.METERED), ANONYMOUS, null, NOW);

        AccessLevel expectedReason = level;
        assertThat(decision.rule() == null ? null : decision.rule().name()).isEqualTo(rule);
        switch (expectedReason) {
            case FREE -> assertThat(decision.reason()).isEqualTo(AccessReason.FREE);
            case METERED -> assertThat(decision.reason()).isEqualTo(AccessReason.METER);
            case REGISTERED -> assertThat(decision.reason()).isEqualTo(AccessReason.SIGN_IN_REQUIRED);
            case PREMIUM -> assertThat(decision.reason()).isEqualTo(AccessReason.SUBSCRIPTION_REQUIRED);
        }
    }

    @Test
    void takesTheStrictestTopicDefaultWhenAnArticleHasSeveralTopics() {
        AccessRule budgetFree = rule(AccessRuleKind.TOPIC_DEFAULT, "Budget is free", null, "budget", null,
                AccessLevel.FREE);
        RuleBook book = RuleBook.compile(List.of(budgetFree, ELECTIONS_REGISTERED), KOLKATA, 1);
        ArticleFacts article = new ArticleFacts("a", AccessLevel.METERED, "news", List.of("budget", "elections"),
                PUBLISHED);

        assertThat(book.level(article, NOW).level()).isEqualTo(AccessLevel.REGISTERED);
    }

    @Test
    void keepsAnArticleWithoutMatchingRulesAtItsOwnLevelNamingNoRule() {
        RuleBook book = RuleBook.compile(List.of(OPINION_PREMIUM, ELECTIONS_REGISTERED), KOLKATA, 1);
        ArticleFacts sport = new ArticleFacts("match", AccessLevel.REGISTERED, "sport", List.of("cricket"), PUBLISHED);

        AccessDecision decision = decide(book, sport, ReaderFacts.signedIn(UUID.randomUUID(), null, false), null, NOW);

        assertThat(decision.reason()).isEqualTo(AccessReason.REGISTERED);
        assertThat(decision.rule()).isNull();
    }

    @Test
    void namesTheLevelRuleForSubscribersAndStaffToo() {
        RuleBook book = RuleBook.compile(List.of(OPINION_PREMIUM), KOLKATA, 1);
        ReaderFacts subscriber = ReaderFacts.signedIn(UUID.randomUUID(), null, false);

        AccessDecision decision = AccessPolicy.decide(opinionOnElections(AccessLevel.FREE), subscriber,
                ReaderEntitlement.of(ReaderEntitlement.Kind.SUBSCRIPTION, null), null, false, false, null, NOW, book);

        assertThat(decision.reason()).isEqualTo(AccessReason.SUBSCRIPTION);
        assertThat(decision.rule().name()).isEqualTo("Opinion is premium");
    }

    @Test
    void switchesATimeRuleAtMidnightInThePublishersTimeZone() {
        RuleBook book = RuleBook.compile(List.of(FIRST_WEEK), KOLKATA, 1);
        ArticleFacts article = opinionOnElections(AccessLevel.FREE);

        // published 1 December 23:30 in Kolkata: premium through 7 December, metered from 8 December 00:00 there
        assertThat(decide(book, article, ANONYMOUS, null, at("2026-12-07T23:59:59")).reason())
                .isEqualTo(AccessReason.SUBSCRIPTION_REQUIRED);
        assertThat(decide(book, article, ANONYMOUS, null, at("2026-12-08T00:00")).reason())
                .isEqualTo(AccessReason.METER);
        // 8 December 00:00 in Kolkata is still 7 December in UTC: the zone, not UTC, decides
        assertThat(at("2026-12-08T00:00").toString()).isEqualTo("2026-12-07T18:30:00Z");
    }

    @Test
    void countsTheFirstDayAsDayZeroEvenForAnArticlePublishedJustBeforeMidnight() {
        AccessRule tomorrow = time("Premium on publication day", null, null, 1, AccessLevel.METERED,
                AccessLevel.PREMIUM);
        RuleBook book = RuleBook.compile(List.of(tomorrow), KOLKATA, 1);
        ArticleFacts article = new ArticleFacts("late", AccessLevel.FREE, "news", List.of(), at("2026-12-01T23:59"));

        assertThat(book.level(article, at("2026-12-01T23:59:59")).level()).isEqualTo(AccessLevel.PREMIUM);
        assertThat(book.level(article, at("2026-12-02T00:00")).level()).isEqualTo(AccessLevel.METERED);
    }

    @Test
    void makesTheArchivePremiumAfterAYearWithoutTouchingNewerArticles() {
        AccessRule archive = time("Archive is premium", null, null, 365, AccessLevel.PREMIUM, null);
        RuleBook book = RuleBook.compile(List.of(archive), KOLKATA, 1);
        ArticleFacts old = new ArticleFacts("old", AccessLevel.FREE, "news", List.of(), at("2025-12-01T10:00"));

        assertThat(book.level(old, at("2026-11-30T23:59")).rule()).isNull();
        assertThat(book.level(old, at("2026-12-01T00:00")).level()).isEqualTo(AccessLevel.PREMIUM);
    }

    @Test
    void opensAndClosesAPromotionWindowAtItsBoundaries() {
        RuleBook book = RuleBook.compile(List.of(OPINION_PREMIUM, FREE_WEEKEND), KOLKATA, 1);
        ArticleFacts article = opinionOnElections(AccessLevel.METERED);

        assertThat(decide(book, article, ANONYMOUS, null, at("2026-12-02T23:59:59")).reason())
                .isEqualTo(AccessReason.SUBSCRIPTION_REQUIRED);
        AccessDecision open = decide(book, article, ANONYMOUS, null, at("2026-12-03T00:00"));
        assertThat(open.reason()).isEqualTo(AccessReason.FREE);
        assertThat(open.rule().kind()).isEqualTo(AccessRuleKind.PROMOTION);
        assertThat(decide(book, article, ANONYMOUS, null, at("2026-12-04T23:59:59")).reason())
                .isEqualTo(AccessReason.FREE);
        assertThat(decide(book, article, ANONYMOUS, null, at("2026-12-05T00:00")).reason())
                .isEqualTo(AccessReason.SUBSCRIPTION_REQUIRED);
    }

    @Test
    void keepsASectionPromotionToItsSectionAndASitePromotionForEverySection() {
        AccessRule site = promotion("Free day", null, at("2026-12-10T00:00"), at("2026-12-11T00:00"));
        RuleBook book = RuleBook.compile(List.of(FREE_WEEKEND, site), KOLKATA, 1);
        ArticleFacts business = new ArticleFacts("b", AccessLevel.PREMIUM, "business", List.of(), PUBLISHED);

        assertThat(decide(book, business, ANONYMOUS, null, NOW).reason()).isEqualTo(AccessReason.SUBSCRIPTION_REQUIRED);
        assertThat(decide(book, business, ANONYMOUS, null, at("2026-12-10T09:00")).rule().name()).isEqualTo("Free day");
    }

    @Test
    void opensOnlyTheCampaignsArticleUntilTheCampaignEnds() {
        AccessRule campaign = new AccessRule(UUID.randomUUID(), AccessRuleKind.CAMPAIGN, "Partner newsletter", null,
                null, "the-editorial", null, null, null, null, null, null, null, at("2026-12-10T00:00"), NOW, NOW);
        RuleBook book = RuleBook.compile(List.of(OPINION_PREMIUM, campaign), KOLKATA, 1);
        ArticleFacts editorial = opinionOnElections(AccessLevel.METERED);
        ArticleFacts other = new ArticleFacts("another-column", AccessLevel.METERED, "opinion", List.of(), PUBLISHED);

        AccessDecision opened = AccessPolicy.decide(editorial, ANONYMOUS, null, new MeterState(3, 3), false, false,
                campaign.id(), NOW, book);
        assertThat(opened.reason()).isEqualTo(AccessReason.FREE);
        assertThat(opened.rule().name()).isEqualTo("Partner newsletter");
        assertThat(AccessPolicy.decide(other, ANONYMOUS, null, FRESH, false, false, campaign.id(), NOW, book).reason())
                .isEqualTo(AccessReason.SUBSCRIPTION_REQUIRED);
        assertThat(AccessPolicy.decide(editorial, ANONYMOUS, null, FRESH, false, false, campaign.id(),
                at("2026-12-10T00:00"), book).reason()).isEqualTo(AccessReason.SUBSCRIPTION_REQUIRED);
        assertThat(AccessPolicy.decide(editorial, ANONYMOUS, null, FRESH, false, false, UUID.randomUUID(), NOW, book)
                .reason()).isEqualTo(AccessReason.SUBSCRIPTION_REQUIRED);
    }

    @Test
    void grantsAMeteredArticleInAnUncountedSectionWhateverTheMeterSays() {
        AccessRule sportFree = meter("Sport does not count", "sport", false, null, null);
        RuleBook book = RuleBook.compile(List.of(sportFree), KOLKATA, 1);
        ArticleFacts match = new ArticleFacts("match", AccessLevel.METERED, "sport", List.of(), PUBLISHED);

        AccessDecision decision = AccessPolicy.decide(match, ANONYMOUS, null, new MeterState(3, 3), false, false, null,
                NOW, book);

        assertThat(decision.reason()).isEqualTo(AccessReason.FREE);
        assertThat(decision.rule().name()).isEqualTo("Sport does not count");
    }

    @Test
    void appliesASectionsOwnMeterLimitsToAnonymousAndRegisteredReaders() {
        AccessRule business = meter("Business: one free read", "business", true, 1, 10);
        RuleBook book = RuleBook.compile(List.of(business), KOLKATA, 1);
        ArticleFacts article = new ArticleFacts("b", AccessLevel.METERED, "business", List.of(), PUBLISHED);
        ReaderFacts registered = ReaderFacts.signedIn(UUID.randomUUID(), null, false);

        AccessDecision anonymous = AccessPolicy.decide(article, ANONYMOUS, null, new MeterState(1, 3), false, false,
                null, NOW, book);
        assertThat(anonymous.reason()).isEqualTo(AccessReason.METER_EXHAUSTED);
        assertThat(anonymous.meter()).isEqualTo(new MeterState(1, 1));
        assertThat(anonymous.rule().name()).isEqualTo("Business: one free read");
        assertThat(AccessPolicy.decide(article, registered, null, new MeterState(7, 5), false, false, null, NOW, book)
                .reason()).isEqualTo(AccessReason.METER);
    }

    @Test
    void givesAVerifiedCrawlerTheArticleButNotAReaderClaimingToBeOne() {
        RuleBook book = RuleBook.compile(List.of(OPINION_PREMIUM), KOLKATA, 1);
        ArticleFacts article = opinionOnElections(AccessLevel.METERED);

        AccessDecision crawler = decide(book, article, ReaderFacts.verifiedCrawler("Google"), null, NOW);

        assertThat(crawler.reason()).isEqualTo(AccessReason.FREE);
        assertThat(crawler.rule().kind()).isEqualTo(AccessRuleKind.VERIFIED_CRAWLER);
        assertThat(decide(book, article, ANONYMOUS, null, NOW).granted()).isFalse();
    }

    @Test
    void findsTheRuleThatAppliesAmongFiftyRules() {
        List<AccessRule> rules = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rules.add(switch (i % 5) {
                case 0 -> rule(AccessRuleKind.SECTION_DEFAULT, "s" + i, "section-" + i, null, null, AccessLevel.PREMIUM);
                case 1 -> rule(AccessRuleKind.TOPIC_DEFAULT, "t" + i, null, "topic-" + i, null, AccessLevel.REGISTERED);
                case 2 -> time("time" + i, "section-" + i, null, i, AccessLevel.METERED, AccessLevel.PREMIUM);
                case 3 -> promotion("p" + i, "section-" + i, at("2025-01-01T00:00"), at("2025-01-02T00:00"));
                default -> meter("m" + i, "section-" + i, true, 1, 2);
            });
        }
        RuleBook book = RuleBook.compile(rules, KOLKATA, 1);
        ArticleFacts article = new ArticleFacts("x", AccessLevel.METERED, "section-2", List.of("topic-1"), PUBLISHED);

        assertThat(decide(book, article, ANONYMOUS, null, NOW).rule().name()).isEqualTo("time2");
    }

    private static AccessDecision decide(RuleBook book, ArticleFacts article, ReaderFacts reader,
            ReaderEntitlement entitlement, Instant now) {
        return AccessPolicy.decide(article, reader, entitlement, FRESH, false, false, null, now, book);
    }

    private static ArticleFacts opinionOnElections(AccessLevel own) {
        return new ArticleFacts("the-editorial", own, "opinion", List.of("elections"), PUBLISHED);
    }

    private static Instant at(String localKolkata) {
        return LocalDateTime.parse(localKolkata).atZone(KOLKATA).toInstant();
    }

    static AccessRule rule(AccessRuleKind kind, String name, String section, String topic, String article,
            AccessLevel level) {
        return new AccessRule(UUID.randomUUID(), kind, name, section, topic, article, level, null, null, null, null,
                null, null, null, NOW, NOW);
    }

    static AccessRule time(String name, String section, String topic, int days, AccessLevel after, AccessLevel before) {
        return new AccessRule(UUID.randomUUID(), AccessRuleKind.TIME, name, section, topic, null, after, before, days,
                null, null, null, null, null, NOW, NOW);
    }

    static AccessRule promotion(String name, String section, Instant startsAt, Instant endsAt) {
        return new AccessRule(UUID.randomUUID(), AccessRuleKind.PROMOTION, name, section, null, null, null, null, null,
                null, null, null, startsAt, endsAt, NOW, NOW);
    }

    static AccessRule meter(String name, String section, boolean counted, Integer anonymous, Integer registered) {
        return new AccessRule(UUID.randomUUID(), AccessRuleKind.METER, name, section, null, null, null, null, null,
                counted, anonymous, registered, null, null, NOW, NOW);
    }
}
