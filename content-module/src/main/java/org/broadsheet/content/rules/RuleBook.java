package org.broadsheet.content.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.AccessRule;
import org.broadsheet.content.AccessRuleKind;
import org.broadsheet.content.AppliedRule;
import org.broadsheet.content.ArticleFacts;

/**
 * An immutable, compiled snapshot of every access rule, indexed by section, topic and article so that a decision
 * looks up a handful of hash entries instead of walking the rules. Built with {@link #compile}; plain Java, no
 * Spring, so benchmarks and unit tests build one directly.
 *
 * <p>Precedence of the level (first that applies wins): article pin, time rule, topic default, section default,
 * the article's own level. Among several time rules or topic defaults that apply, the most restrictive level
 * wins (ties: the rule whose name sorts first). Promotions and campaign links come before all of these.
 */
public final class RuleBook {

    /** No rules at all: every article has its own level. */
    public static final RuleBook EMPTY = compile(List.of(), ZoneId.of("UTC"), 0);

    private static final long SECONDS_A_DAY = 86_400;
    private static final Resolved[] OWN = new Resolved[AccessLevel.values().length];

    static {
        for (AccessLevel level : AccessLevel.values()) {
            OWN[level.ordinal()] = new Resolved(level, null);
        }
    }

    /** A level and the rule that set it ({@code rule} null: the article's own level). */
    public record Resolved(AccessLevel level, AppliedRule rule) {
    }

    /** A meter rule compiled: {@code anonymousLimit}/{@code registeredLimit} are -1 for the site's limit. */
    public record MeterRule(AppliedRule rule, boolean counted, int anonymousLimit, int registeredLimit) {

        /** The limit for this reader, or {@code siteLimit} when the rule keeps it. */
        public int limit(boolean signedIn, int siteLimit) {
            int own = signedIn ? registeredLimit : anonymousLimit;
            return own < 0 ? siteLimit : own;
        }
    }

    private record TimeRule(int days, Resolved before, Resolved after) {
    }

    private record Window(long startsAt, long endsAt, AppliedRule rule) {
    }

    private record Campaign(String slug, long endsAt, AppliedRule rule) {
    }

    private final List<AccessRule> rules;
    private final long version;
    private final ZoneRules zone;
    private final Map<String, Resolved> pins = new HashMap<>();
    private final Map<String, Resolved> sectionDefaults = new HashMap<>();
    private final Map<String, Resolved> topicDefaults = new HashMap<>();
    private final Map<String, TimeRule[]> timeBySection;
    private final Map<String, TimeRule[]> timeByTopic;
    private final TimeRule[] timeSite;
    private final boolean anyTime;
    private final Map<String, MeterRule> meters = new HashMap<>();
    private final Map<String, Window[]> promotionsBySection;
    private final Window[] promotionsSite;
    private final Map<UUID, Campaign> campaigns = new HashMap<>();

    private RuleBook(List<AccessRule> rules, ZoneId zone, long version) {
        this.rules = rules;
        this.version = version;
        this.zone = zone.getRules();
        Map<String, List<TimeRule>> timeSections = new HashMap<>();
        Map<String, List<TimeRule>> timeTopics = new HashMap<>();
        List<TimeRule> timeAll = new ArrayList<>();
        Map<String, List<Window>> promotionSections = new HashMap<>();
        List<Window> promotionAll = new ArrayList<>();
        // rules sorted by name make "ties: the name that sorts first" hold for defaults too
        for (AccessRule rule : rules) {
            AppliedRule applied = rule.applied();
            switch (rule.kind()) {
                case ARTICLE_PIN -> pins.putIfAbsent(rule.article(), new Resolved(rule.level(), applied));
                case SECTION_DEFAULT -> sectionDefaults.putIfAbsent(rule.section(), new Resolved(rule.level(), applied));
                case TOPIC_DEFAULT -> topicDefaults.merge(rule.topic(), new Resolved(rule.level(), applied),
                        RuleBook::stricter);
                case TIME -> {
                    TimeRule time = new TimeRule(rule.days() == null ? 0 : rule.days(),
                            rule.levelBefore() == null ? null : new Resolved(rule.levelBefore(), applied),
                            rule.level() == null ? null : new Resolved(rule.level(), applied));
                    if (rule.section() != null) {
                        timeSections.computeIfAbsent(rule.section(), k -> new ArrayList<>()).add(time);
                    } else if (rule.topic() != null) {
                        timeTopics.computeIfAbsent(rule.topic(), k -> new ArrayList<>()).add(time);
                    } else {
                        timeAll.add(time);
                    }
                }
                case METER -> meters.putIfAbsent(rule.section(), new MeterRule(applied,
                        rule.counted() == null || rule.counted(), orNone(rule.anonymousLimit()),
                        orNone(rule.registeredLimit())));
                case PROMOTION -> {
                    if (rule.startsAt() != null && rule.endsAt() != null) {
                        Window window = new Window(rule.startsAt().getEpochSecond(), rule.endsAt().getEpochSecond(),
                                applied);
                        if (rule.section() == null) {
                            promotionAll.add(window);
                        } else {
                            promotionSections.computeIfAbsent(rule.section(), k -> new ArrayList<>()).add(window);
                        }
                    }
                }
                case CAMPAIGN -> {
                    if (rule.article() != null && rule.endsAt() != null) {
                        campaigns.put(rule.id(), new Campaign(rule.article(), rule.endsAt().getEpochSecond(), applied));
                    }
                }
                case VERIFIED_CRAWLER -> {
                }
            }
        }
        this.timeBySection = arrays(timeSections, TimeRule[]::new);
        this.timeByTopic = arrays(timeTopics, TimeRule[]::new);
        this.timeSite = timeAll.toArray(TimeRule[]::new);
        this.anyTime = !timeSections.isEmpty() || !timeTopics.isEmpty() || !timeAll.isEmpty();
        this.promotionsBySection = arrays(promotionSections, Window[]::new);
        this.promotionsSite = promotionAll.toArray(Window[]::new);
    }

    /**
     * Compiles the rules into a book.
     *
     * @param rules the rules, any order (none may be null)
     * @param zone the publisher's time zone: time rules count calendar days in it
     * @param version the version of the stored rules this book was read at
     */
    public static RuleBook compile(Collection<AccessRule> rules, ZoneId zone, long version) {
        List<AccessRule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(AccessRule::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return new RuleBook(List.copyOf(sorted), zone, version);
    }

    /** The rules of this book, by name. */
    public List<AccessRule> rules() {
        return rules;
    }

    /** The stored version this book was read at. */
    public long version() {
        return version;
    }

    /** The promotion that makes this section (or the whole site) free at {@code now}; null when none. */
    public AppliedRule promotion(String section, Instant now) {
        long at = now.getEpochSecond();
        AppliedRule site = open(promotionsSite, at);
        if (site != null || section == null || promotionsBySection.isEmpty()) {
            return site;
        }
        Window[] windows = promotionsBySection.get(section);
        return windows == null ? null : open(windows, at);
    }

    /** The campaign rule {@code campaignId} when it is for this article and has not expired at {@code now}; else null. */
    public AppliedRule campaign(UUID campaignId, String slug, Instant now) {
        if (campaignId == null || slug == null) {
            return null;
        }
        Campaign campaign = campaigns.get(campaignId);
        return campaign != null && campaign.slug().equals(slug) && now.getEpochSecond() < campaign.endsAt()
                ? campaign.rule() : null;
    }

    /** The article's level under the rules, with the rule that set it: pin, time, topic, section, own level. */
    public Resolved level(ArticleFacts article, Instant now) {
        if (article.slug() != null && !pins.isEmpty()) {
            Resolved pin = pins.get(article.slug());
            if (pin != null) {
                return pin;
            }
        }
        if (anyTime && article.publishedAt() != null) {
            Resolved time = time(article, now);
            if (time != null) {
                return time;
            }
        }
        if (!topicDefaults.isEmpty()) {
            Resolved best = null;
            for (String topic : article.topics()) {
                Resolved found = topicDefaults.get(topic);
                if (found != null) {
                    best = best == null ? found : stricter(best, found);
                }
            }
            if (best != null) {
                return best;
            }
        }
        if (article.section() != null) {
            Resolved section = sectionDefaults.get(article.section());
            if (section != null) {
                return section;
            }
        }
        return OWN[article.level().ordinal()];
    }

    /** The meter rule of the section; null when the section has none. */
    public MeterRule meter(String section) {
        return section == null || meters.isEmpty() ? null : meters.get(section);
    }

    private Resolved time(ArticleFacts article, Instant now) {
        long age = day(now) - day(article.publishedAt());
        Resolved best = pick(null, timeSite, age);
        if (article.section() != null) {
            best = pick(best, timeBySection.get(article.section()), age);
        }
        if (!timeByTopic.isEmpty()) {
            for (String topic : article.topics()) {
                best = pick(best, timeByTopic.get(topic), age);
            }
        }
        return best;
    }

    private static Resolved pick(Resolved best, TimeRule[] candidates, long age) {
        if (candidates == null) {
            return best;
        }
        for (TimeRule rule : candidates) {
            Resolved applies = age >= rule.days() ? rule.after() : rule.before();
            if (applies != null) {
                best = best == null ? applies : stricter(best, applies);
            }
        }
        return best;
    }

    /** The calendar day of this instant in the publisher's time zone, as days since the epoch. */
    private long day(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond() + zone.getOffset(instant).getTotalSeconds(), SECONDS_A_DAY);
    }

    private static AppliedRule open(Window[] windows, long at) {
        for (Window window : windows) {
            if (window.startsAt() <= at && at < window.endsAt()) {
                return window.rule();
            }
        }
        return null;
    }

    /** The more restrictive of two; on a tie the first (rules are compiled sorted by name). */
    private static Resolved stricter(Resolved first, Resolved second) {
        return second.level().ordinal() > first.level().ordinal() ? second : first;
    }

    private static int orNone(Integer limit) {
        return limit == null ? -1 : limit;
    }

    private static <T> Map<String, T[]> arrays(Map<String, List<T>> lists, java.util.function.IntFunction<T[]> array) {
        Map<String, T[]> result = new HashMap<>();
        lists.forEach((key, list) -> result.put(key, list.toArray(array)));
        return result;
    }
}
