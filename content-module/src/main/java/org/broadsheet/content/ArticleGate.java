package org.broadsheet.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.broadsheet.content.article.ArticleContent;
import org.broadsheet.content.article.ArticleQueries;
import org.broadsheet.content.rules.CampaignTokens;
import org.broadsheet.content.rules.RuleBooks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** THE gate: the only way article body text leaves the module. */
@Service
public class ArticleGate {

    /** Paragraphs every reader sees, granted or not. */
    public static final int LEAD_IN_PARAGRAPHS = 2;

    private final ArticleQueries queries;
    private final Meters meters;
    private final ApplicationEventPublisher events;
    /** The application's clock, looked up once (on every view, the lookup cost more than the reading). */
    private final Supplier<Clock> clock;
    private final GiftLinks gifts;
    private final RuleBooks rules;
    private final CampaignTokens campaigns;

    ArticleGate(ArticleQueries queries, Meters meters, ApplicationEventPublisher events, ObjectProvider<Clock> clocks,
            GiftLinks gifts, RuleBooks rules, CampaignTokens campaigns) {
        this.rules = rules;
        this.campaigns = campaigns;
        this.queries = queries;
        this.meters = meters;
        this.events = events;
        this.clock = SingletonSupplier.of(() -> clocks.getIfAvailable(Clock::systemUTC));
        this.gifts = gifts;
    }

    /**
     * The article as this reader may see it. Decides, counts the meter when a METERED read is granted (first
     * read of the month only), publishes {@link ArticleRead} for granted reads and {@link ArticleDenied} for
     * denied ones; empty for an unknown or
     * unpublished slug.
     */
    public Optional<ReadableArticle> read(String slug, ReaderFacts reader) {
        return gate(slug, reader, null, null, true);
    }

    /**
     * Like {@link #read}, opened through a gift link: when {@code giftToken} is a live gift link made for this
     * very article, the reader is granted it with reason {@link AccessReason#GIFT} (unless already entitled or
     * staff) and the meter is not touched. A null, forged, expired, revoked or other article's token changes
     * nothing: the reader is decided as without it.
     */
    public Optional<ReadableArticle> read(String slug, ReaderFacts reader, String giftToken) {
        return gate(slug, reader, giftToken, null, true);
    }

    /** Same gating as {@link #read} but never counts the meter nor records a read. */
    public Optional<ReadableArticle> peek(String slug, ReaderFacts reader) {
        return gate(slug, reader, null, null, false);
    }

    /** Same gating as {@link #read(String, ReaderFacts, String)} but never counts, records a read nor a gift opening. */
    public Optional<ReadableArticle> peek(String slug, ReaderFacts reader, String giftToken) {
        return gate(slug, reader, giftToken, null, false);
    }

    /**
     * Like {@link #read(String, ReaderFacts, String)}, also through a campaign link: when {@code campaignToken} is
     * correctly signed for this very article, unexpired, and its campaign rule still exists, the reader is granted
     * the article (reason {@link AccessReason#FREE}, the campaign named as the rule) and the meter is not touched.
     * Either token may be null; a bad one changes nothing.
     */
    public Optional<ReadableArticle> read(String slug, ReaderFacts reader, String giftToken, String campaignToken) {
        return gate(slug, reader, giftToken, campaignToken, true);
    }

    /** Same gating as {@link #read(String, ReaderFacts, String, String)} but never counts nor records anything. */
    public Optional<ReadableArticle> peek(String slug, ReaderFacts reader, String giftToken, String campaignToken) {
        return gate(slug, reader, giftToken, campaignToken, false);
    }

    private Optional<ReadableArticle> gate(String slug, ReaderFacts reader, String giftToken, String campaignToken,
            boolean reading) {
        if (slug == null || reader == null) {
            return Optional.empty();
        }
        Optional<ArticleContent> found = queries.content(slug);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ArticleContent article = found.get();
        Instant now = clock.get().instant();
        ArticleFacts facts = new ArticleFacts(article.slug(), article.accessLevel(),
                article.section() == null ? null : article.section().key(),
                article.topics().stream().map(CatalogRef::key).toList(), article.publishedAt());
        AccessLevel level = AccessPolicy.level(facts, now, rules.current()).level();
        ReaderEntitlement entitlement = reader.staff() ? ReaderEntitlement.none() : meters.entitlementOf(reader);
        boolean gifted = giftToken != null && level != AccessLevel.FREE && gifts.opens(giftToken, article.slug());
        UUID campaign = campaignToken == null ? null : campaigns.verify(campaignToken, article.slug(), now);
        AccessDecision access = meters.decide(facts, article.id(), reader, entitlement, reading, gifted, campaign);
        if (reading && access.reason() == AccessReason.GIFT) {
            gifts.opened(giftToken, article.slug());
        }
        if (reading && access.granted()) {
            events.publishEvent(new ArticleRead(article.id(), article.slug(), reader.accountId(),
                    clock.get().instant()));
        } else if (reading) {
            events.publishEvent(new ArticleDenied(article.id(), article.slug(), access.reason(), reader.accountId(),
                    clock.get().instant()));
        }
        List<String> paragraphs = article.paragraphs();
        boolean truncated = !access.granted();
        List<String> shown = truncated ? List.copyOf(paragraphs.subList(0, Math.min(LEAD_IN_PARAGRAPHS, paragraphs.size())))
                : paragraphs;
        return Optional.of(new ReadableArticle(article.id(), article.slug(), article.headline(), article.summary(),
                article.section(), article.topics(), article.authors(), article.editors(), article.dateline(),
                article.publishedAt(), article.updatedAt(), level, article.image(),
                article.agencyCredit(), article.related(), access, shown, truncated));
    }
}
