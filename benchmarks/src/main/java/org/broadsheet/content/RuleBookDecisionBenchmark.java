package org.broadsheet.content;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.broadsheet.content.rules.RuleBook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The access decision under a book of 50 rules of every kind (promotions past and future, campaign links, article
 * pins, time rules, topic and section defaults, meter rules), as {@link Meters} calls it for an anonymous visitor.
 * Target: at most 1 µs per decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RuleBookDecisionBenchmark {

    /**
     * The article read: one in a section and topics several rules name, one pinned, one no rule names, one opened
     * through a live campaign link, one in a section under a live promotion.
     */
    @Param({"RULED_SECTION_AND_TOPICS", "PINNED", "NO_RULE", "CAMPAIGN_LINK", "PROMOTED_SECTION"})
    public String situation;

    private RuleBook book;
    private ArticleFacts article;
    private UUID campaign;
    private final ReaderFacts reader = ReaderFacts.anonymous("v-" + UUID.randomUUID());
    private final ReaderEntitlement none = ReaderEntitlement.none();
    private final MeterState meter = new MeterState(1, 3);
    private final Instant now = Instant.parse("2026-12-03T09:00:00Z");

    @Setup
    public void setUp() {
        List<AccessRule> rules = new ArrayList<>();
        AccessLevel[] levels = {AccessLevel.FREE, AccessLevel.METERED, AccessLevel.REGISTERED, AccessLevel.PREMIUM};
        Instant created = now.minus(Duration.ofDays(30));
        List<UUID> campaigns = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // promotions: all in the past or the future except one, for section-7
            Instant start = i == 0 ? now.minus(Duration.ofDays(1)) : now.plus(Duration.ofDays(i));
            rules.add(rule(AccessRuleKind.PROMOTION, "promotion " + i, "section-" + (7 + i), null, null, null, null,
                    null, null, null, null, start, start.plus(Duration.ofDays(2)), created));
            UUID id = UUID.randomUUID();
            campaigns.add(id);
            rules.add(new AccessRule(id, AccessRuleKind.CAMPAIGN, "campaign " + i, null, null, "story-" + i, null, null,
                    null, null, null, null, null, now.plus(Duration.ofDays(7)), created, created));
            rules.add(rule(AccessRuleKind.ARTICLE_PIN, "pin " + i, null, null, "pinned-" + i, levels[i % 4], null, null,
                    null, null, null, null, null, created));
            rules.add(rule(AccessRuleKind.TIME, "time " + i, i % 2 == 0 ? "section-" + i : null,
                    i % 2 == 1 ? "topic-" + i : null, null, AccessLevel.PREMIUM, AccessLevel.METERED, 7 + i, null, null,
                    null, null, null, created));
            rules.add(rule(AccessRuleKind.TOPIC_DEFAULT, "topic " + i, null, "topic-" + i, null, levels[(i + 1) % 4], null,
                    null, null, null, null, null, null, created));
            rules.add(rule(AccessRuleKind.SECTION_DEFAULT, "section " + i, "section-" + i, null, null, levels[(i + 2) % 4],
                    null, null, null, null, null, null, null, created));
            rules.add(rule(AccessRuleKind.METER, "meter " + i, "section-" + i, null, null, null, null, null, i % 3 != 0,
                    3 + i, 5 + i, null, null, created));
        }
        rules.add(rule(AccessRuleKind.TIME, "time whole site", null, null, null, AccessLevel.METERED, null, 30, null,
                null, null, null, null, created));
        book = RuleBook.compile(rules, ZoneId.of("Europe/London"), 1);
        if (book.rules().size() != 50) {
            throw new IllegalStateException("expected 50 rules, got " + book.rules().size());
        }
        Instant published = now.minus(Duration.ofDays(3));
        switch (situation) {
            case "RULED_SECTION_AND_TOPICS" -> article = new ArticleFacts("some-story", AccessLevel.METERED, "section-2",
                    List.of("topic-1", "topic-3", "topic-40"), published);
            case "PINNED" -> article = new ArticleFacts("pinned-3", AccessLevel.METERED, "section-3", List.of("topic-3"),
                    published);
            case "NO_RULE" -> article = new ArticleFacts("lonely-story", AccessLevel.METERED, "section-40",
                    List.of("topic-70"), published);
            case "CAMPAIGN_LINK" -> {
                article = new ArticleFacts("story-4", AccessLevel.PREMIUM, "section-4", List.of("topic-4"), published);
                campaign = campaigns.get(4);
            }
            case "PROMOTED_SECTION" -> article = new ArticleFacts("promoted-story", AccessLevel.PREMIUM, "section-7",
                    List.of("topic-2"), published);
            default -> throw new IllegalArgumentException(situation);
        }
    }

    private static AccessRule rule(AccessRuleKind kind, String name, String section, String topic, String slug,
            AccessLevel level, AccessLevel levelBefore, Integer days, Boolean counted, Integer anonymousLimit,
            Integer registeredLimit, Instant startsAt, Instant endsAt, Instant created) {
        return new AccessRule(UUID.randomUUID(), kind, name, section, topic, slug, level, levelBefore, days, counted,
                anonymousLimit, registeredLimit, startsAt, endsAt, created, created);
    }

    @Benchmark
    public AccessDecision decide() {
        return AccessPolicy.decide(article, reader, none, meter, false, false, campaign, now, book);
    }
}
