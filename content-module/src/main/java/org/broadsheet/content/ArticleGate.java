package org.broadsheet.content;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.broadsheet.content.article.ArticleContent;
import org.broadsheet.content.article.ArticleQueries;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<Clock> clocks;
    private final GiftLinks gifts;

    ArticleGate(ArticleQueries queries, Meters meters, ApplicationEventPublisher events, ObjectProvider<Clock> clocks,
            GiftLinks gifts) {
        this.queries = queries;
        this.meters = meters;
        this.events = events;
        this.clocks = clocks;
        this.gifts = gifts;
    }

    /**
     * The article as this reader may see it. Decides, counts the meter when a METERED read is granted (first
     * read of the month only), publishes {@link ArticleRead} for granted reads and {@link ArticleDenied} for
     * denied ones; empty for an unknown or
     * unpublished slug.
     */
    public Optional<ReadableArticle> read(String slug, ReaderFacts reader) {
        return gate(slug, reader, null, true);
    }

    /**
     * Like {@link #read}, opened through a gift link: when {@code giftToken} is a live gift link made for this
     * very article, the reader is granted it with reason {@link AccessReason#GIFT} (unless already entitled or
     * staff) and the meter is not touched. A null, forged, expired, revoked or other article's token changes
     * nothing: the reader is decided as without it.
     */
    public Optional<ReadableArticle> read(String slug, ReaderFacts reader, String giftToken) {
        return gate(slug, reader, giftToken, true);
    }

    /** Same gating as {@link #read} but never counts the meter nor records a read. */
    public Optional<ReadableArticle> peek(String slug, ReaderFacts reader) {
        return gate(slug, reader, null, false);
    }

    /** Same gating as {@link #read(String, ReaderFacts, String)} but never counts, records a read nor a gift opening. */
    public Optional<ReadableArticle> peek(String slug, ReaderFacts reader, String giftToken) {
        return gate(slug, reader, giftToken, false);
    }

    private Optional<ReadableArticle> gate(String slug, ReaderFacts reader, String giftToken, boolean reading) {
        if (slug == null || reader == null) {
            return Optional.empty();
        }
        Optional<ArticleContent> found = queries.content(slug);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ArticleContent article = found.get();
        ReaderEntitlement entitlement = reader.staff() ? ReaderEntitlement.none() : meters.entitlementOf(reader);
        boolean gifted = giftToken != null && article.accessLevel() != AccessLevel.FREE
                && gifts.opens(giftToken, article.slug());
        AccessDecision access = meters.decide(article.accessLevel(), article.id(), reader, entitlement, reading, gifted);
        if (reading && access.reason() == AccessReason.GIFT) {
            gifts.opened(giftToken, article.slug());
        }
        if (reading && access.granted()) {
            events.publishEvent(new ArticleRead(article.id(), article.slug(), reader.accountId(),
                    clocks.getIfAvailable(Clock::systemUTC).instant()));
        } else if (reading) {
            events.publishEvent(new ArticleDenied(article.id(), article.slug(), access.reason(), reader.accountId(),
                    clocks.getIfAvailable(Clock::systemUTC).instant()));
        }
        List<String> paragraphs = article.paragraphs();
        boolean truncated = !access.granted();
        List<String> shown = truncated ? List.copyOf(paragraphs.subList(0, Math.min(LEAD_IN_PARAGRAPHS, paragraphs.size())))
                : paragraphs;
        return Optional.of(new ReadableArticle(article.id(), article.slug(), article.headline(), article.summary(),
                article.section(), article.topics(), article.authors(), article.editors(), article.dateline(),
                article.publishedAt(), article.updatedAt(), article.accessLevel(), article.image(),
                article.agencyCredit(), article.related(), access, shown, truncated));
    }
}
