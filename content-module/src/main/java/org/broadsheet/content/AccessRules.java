package org.broadsheet.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.broadsheet.content.article.ArticleQueries;
import org.broadsheet.content.rules.CampaignTokens;
import org.broadsheet.content.rules.RuleBook;
import org.broadsheet.content.rules.RuleBooks;
import org.broadsheet.content.rules.RuleStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access rules editors manage: list, create, change, delete, campaign links and previews of the decision.
 * A change is in force on this instance at once and on every other instance within the refresh interval
 * ({@code broadsheet.paywall.rules-refresh-interval}, 2 s).
 */
@Service
public class AccessRules {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RuleStore store;
    private final RuleBooks books;
    private final CampaignTokens campaigns;
    private final ArticleQueries queries;
    private final Meters meters;
    private final ContentProperties content;
    private final ObjectProvider<Clock> clocks;
    private final TransactionTemplate transaction;

    AccessRules(RuleStore store, RuleBooks books, CampaignTokens campaigns, ArticleQueries queries, Meters meters,
            ContentProperties content, ObjectProvider<Clock> clocks, PlatformTransactionManager transactions) {
        this.store = store;
        this.books = books;
        this.campaigns = campaigns;
        this.queries = queries;
        this.meters = meters;
        this.content = content;
        this.clocks = clocks;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The order in which rules settle an article's access, first that applies wins; shown to editors. */
    public List<String> precedence() {
        return AccessPolicy.PRECEDENCE;
    }

    /** The level the section's default rule gives its articles; empty when the section has no default rule. */
    public Optional<AccessLevel> sectionDefault(String sectionKey) {
        return sectionKey == null ? Optional.empty() : books.current().rules().stream()
                .filter(rule -> rule.kind() == AccessRuleKind.SECTION_DEFAULT && sectionKey.equals(rule.section()))
                .map(AccessRule::level).findFirst();
    }

    /** Every rule, by name. */
    public List<AccessRule> list() {
        return store.all();
    }

    /** The rule with this id; empty when none. */
    public Optional<AccessRule> find(UUID id) {
        return id == null ? Optional.empty() : store.find(id);
    }

    /**
     * Creates a rule; in force at once.
     *
     * @throws AccessRuleRejected when the draft is incomplete, names an unknown section, topic or article, or
     *                            would be a second default or meter rule for the same section, topic or article
     */
    public AccessRule create(AccessRuleDraft draft) {
        Instant now = now();
        AccessRule rule = validated(UUID.randomUUID(), draft, now, now);
        transaction.executeWithoutResult(status -> store.save(rule));
        books.reload();
        return rule;
    }

    /**
     * Replaces the rule's fields (its kind may change too); empty when there is no such rule.
     *
     * @throws AccessRuleRejected as {@link #create}
     */
    public Optional<AccessRule> update(UUID id, AccessRuleDraft draft) {
        Optional<AccessRule> existing = find(id);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        AccessRule rule = validated(id, draft, existing.get().createdAt(), now());
        transaction.executeWithoutResult(status -> store.save(rule));
        books.reload();
        return Optional.of(rule);
    }

    /** Deletes the rule (a campaign's links stop working); the deleted rule, or empty when there was none. */
    public Optional<AccessRule> delete(UUID id) {
        Optional<AccessRule> existing = find(id);
        existing.ifPresent(rule -> transaction.executeWithoutResult(status -> store.delete(id)));
        books.reload();
        return existing;
    }

    /**
     * The signed token of a campaign rule's link ({@code /article/{slug}?campaign=<token>}); empty when the rule
     * is no campaign.
     */
    public Optional<String> campaignToken(UUID id) {
        return find(id).filter(rule -> rule.kind() == AccessRuleKind.CAMPAIGN)
                .map(rule -> campaigns.sign(rule.id(), rule.article(), rule.endsAt()));
    }

    /**
     * What the decision would be for this article, this kind of reader (with a fresh meter) and this moment, under
     * the rules in force; empty for an unknown or unpublished slug.
     *
     * @param at the moment; null means now
     */
    public Optional<AccessPreview> preview(String slug, AccessPreview.PreviewReader reader, Instant at) {
        if (slug == null || reader == null) {
            return Optional.empty();
        }
        Instant when = at == null ? now() : at;
        return queries.summary(slug.trim()).map(article -> {
            ArticleFacts facts = facts(article);
            RuleBook.Resolved level = AccessPolicy.level(facts, when, books.current());
            ReaderFacts readerFacts = reader == AccessPreview.PreviewReader.ANONYMOUS ? ReaderFacts.anonymous(null)
                    : ReaderFacts.signedIn(UUID.randomUUID(), null, false);
            ReaderEntitlement entitlement = reader == AccessPreview.PreviewReader.SUBSCRIBER
                    ? ReaderEntitlement.of(ReaderEntitlement.Kind.SUBSCRIPTION, null) : ReaderEntitlement.none();
            AccessDecision decision = meters.preview(facts, readerFacts, entitlement, when);
            return new AccessPreview(article.slug(), article.headline(), article.accessLevel(), level.level(),
                    level.rule(), reader, when, decision, explain(article.headline(), reader, when, level, decision));
        });
    }

    /** A decision in words: "METERED because of rule 'Opinion is premium for 7 days'; granted (METER)". */
    public static String explain(AccessLevel level, AppliedRule levelRule, AccessDecision decision) {
        StringBuilder text = new StringBuilder();
        text.append(level);
        text.append(levelRule == null ? " (the article's own level)" : " because of rule '" + levelRule.name() + "'");
        text.append("; ").append(decision.granted() ? "granted" : "denied").append(" (").append(decision.reason())
                .append(')');
        if (decision.rule() != null && !decision.rule().equals(levelRule)) {
            text.append(" by rule '").append(decision.rule().name()).append('\'');
        }
        return text.toString();
    }

    private String explain(String headline, AccessPreview.PreviewReader reader, Instant at, RuleBook.Resolved level,
            AccessDecision decision) {
        ZoneId zone = content.timeZone();
        return "\u201c" + headline + "\u201d, for " + reader.label() + ", on " + SHOWN.format(at.atZone(zone)) + " ("
                + zone.getId() + "): " + explain(level.level(), level.rule(), decision) + ".";
    }

    static ArticleFacts facts(ArticleSummary article) {
        return new ArticleFacts(article.slug(), article.accessLevel(),
                article.section() == null ? null : article.section().key(),
                article.topics().stream().map(CatalogRef::key).toList(), article.publishedAt());
    }

    private AccessRule validated(UUID id, AccessRuleDraft draft, Instant createdAt, Instant now) {
        if (draft == null || draft.kind() == null) {
            throw new AccessRuleRejected("kind", "Choose the kind of rule.");
        }
        if (draft.kind() == AccessRuleKind.VERIFIED_CRAWLER) {
            throw new AccessRuleRejected("kind", "Verified crawlers are a setting, not a rule.");
        }
        String name = trimmed(draft.name());
        if (name == null) {
            throw new AccessRuleRejected("name", "Give the rule a name editors will recognise.");
        }
        if (name.length() > 200) {
            throw new AccessRuleRejected("name", "Keep the name under 200 characters.");
        }
        String section = trimmed(draft.section());
        String topic = trimmed(draft.topic());
        String article = trimmed(draft.article());
        AccessLevel level = draft.level();
        AccessLevel before = null;
        Integer days = null;
        Boolean counted = null;
        Integer anonymous = null;
        Integer registered = null;
        Instant startsAt = null;
        Instant endsAt = null;
        switch (draft.kind()) {
            case SECTION_DEFAULT -> {
                requireSection(section, true);
                requireLevel(level);
                topic = null;
                article = null;
                unique(id, draft.kind(), section, null, null, "section", "This section already has a default.");
            }
            case TOPIC_DEFAULT -> {
                requireTopic(topic, true);
                requireLevel(level);
                section = null;
                article = null;
                unique(id, draft.kind(), null, topic, null, "topic", "This topic already has a default.");
            }
            case ARTICLE_PIN -> {
                requireArticle(article);
                requireLevel(level);
                section = null;
                topic = null;
                unique(id, draft.kind(), null, null, article, "article", "This article is already pinned.");
            }
            case TIME -> {
                if (section != null && topic != null) {
                    throw new AccessRuleRejected("topic", "A time rule is for a section, a topic or the whole site, not both.");
                }
                requireSection(section, false);
                requireTopic(topic, false);
                article = null;
                if (draft.days() == null || draft.days() < 1 || draft.days() > 36_500) {
                    throw new AccessRuleRejected("days", "Give the number of days after publication (1 or more).");
                }
                days = draft.days();
                before = draft.levelBefore();
                if (level == null && before == null) {
                    throw new AccessRuleRejected("level", "Give the level before, after, or both.");
                }
            }
            case METER -> {
                requireSection(section, true);
                topic = null;
                article = null;
                level = null;
                counted = draft.counted() == null || draft.counted();
                anonymous = limit(draft.anonymousLimit(), "anonymousLimit");
                registered = limit(draft.registeredLimit(), "registeredLimit");
                if (counted && anonymous == null && registered == null) {
                    throw new AccessRuleRejected("counted", "Say that the section is not counted, or give a limit.");
                }
                unique(id, draft.kind(), section, null, null, "section", "This section already has a meter rule.");
            }
            case PROMOTION -> {
                requireSection(section, false);
                topic = null;
                article = null;
                level = null;
                startsAt = instant(draft.startsAt(), "startsAt", "Give the start of the free window.");
                endsAt = instant(draft.endsAt(), "endsAt", "Give the end of the free window.");
                if (!endsAt.isAfter(startsAt)) {
                    throw new AccessRuleRejected("endsAt", "The end must come after the start.");
                }
            }
            case CAMPAIGN -> {
                requireArticle(article);
                section = null;
                topic = null;
                level = null;
                endsAt = instant(draft.endsAt(), "endsAt", "Give the moment the campaign links expire.");
            }
            case VERIFIED_CRAWLER -> throw new IllegalStateException();
        }
        return new AccessRule(id, draft.kind(), name, section, topic, article, level, before, days, counted, anonymous,
                registered, startsAt, endsAt, createdAt, now);
    }

    private void requireSection(String section, boolean required) {
        if (section == null) {
            if (required) {
                throw new AccessRuleRejected("section", "Choose a section.");
            }
            return;
        }
        if (queries.section(section).isEmpty()) {
            throw new AccessRuleRejected("section", "There is no section '" + section + "'.");
        }
    }

    private void requireTopic(String topic, boolean required) {
        if (topic == null) {
            if (required) {
                throw new AccessRuleRejected("topic", "Choose a topic.");
            }
            return;
        }
        if (queries.topic(topic).isEmpty()) {
            throw new AccessRuleRejected("topic", "There is no topic '" + topic + "'.");
        }
    }

    private void requireArticle(String article) {
        if (article == null) {
            throw new AccessRuleRejected("article", "Give the article's slug.");
        }
        if (queries.summary(article).isEmpty()) {
            throw new AccessRuleRejected("article", "No published article has the slug '" + article + "'.");
        }
    }

    private static void requireLevel(AccessLevel level) {
        if (level == null) {
            throw new AccessRuleRejected("level", "Choose an access level.");
        }
    }

    private void unique(UUID id, AccessRuleKind kind, String section, String topic, String article, String field,
            String message) {
        boolean taken = store.all().stream().anyMatch(other -> !other.id().equals(id) && other.kind() == kind
                && java.util.Objects.equals(other.section(), section) && java.util.Objects.equals(other.topic(), topic)
                && java.util.Objects.equals(other.article(), article));
        if (taken) {
            throw new AccessRuleRejected(field, message);
        }
    }

    private static Integer limit(Integer limit, String field) {
        if (limit != null && (limit < 0 || limit > 1000)) {
            throw new AccessRuleRejected(field, "A limit is between 0 and 1000.");
        }
        return limit;
    }

    private Instant instant(LocalDateTime local, String field, String message) {
        if (local == null) {
            throw new AccessRuleRejected(field, message);
        }
        return local.atZone(content.timeZone()).toInstant();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private Instant now() {
        return clocks.getIfAvailable(Clock::systemUTC).instant();
    }
}
