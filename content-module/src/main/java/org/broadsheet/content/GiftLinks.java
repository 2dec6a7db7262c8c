package org.broadsheet.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.broadsheet.content.gift.GiftLedger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gift links: an entitled reader shares an article in full with anyone, a limited number of times a calendar
 * month (in {@code broadsheet.time-zone}). A link opens only the article it was made for, until it expires or its
 * giver revokes it; the reader who opens it reads with reason {@link AccessReason#GIFT} and no meter is touched.
 */
@Service
public class GiftLinks {

    /** Gift links a reader may make in a calendar month. */
    public static final int MONTHLY_QUOTA = 10;
    /** How long a gift link works. */
    public static final Duration LIFETIME = Duration.ofDays(30);

    private final GiftLedger ledger;
    private final ArticleCatalog catalog;
    private final Meters meters;
    private final ContentProperties content;
    private final ObjectProvider<Clock> clocks;

    GiftLinks(GiftLedger ledger, ArticleCatalog catalog, Meters meters, ContentProperties content,
            ObjectProvider<Clock> clocks) {
        this.ledger = ledger;
        this.catalog = catalog;
        this.meters = meters;
        this.content = content;
        this.clocks = clocks;
    }

    /**
     * Makes a gift link for the article.
     *
     * @param giver the signed-in reader giving it
     * @throws GiftRefusedException when the giver is not entitled, has used this month's quota, or the slug is
     *                              not a published article
     */
    @Transactional
    public GiftLink give(ReaderFacts giver, String slug) {
        if (giver == null || !giver.signedIn() || !(giver.staff() || meters.entitlementOf(giver).active())) {
            throw new GiftRefusedException(GiftRefusedException.Reason.NOT_ENTITLED,
                    "Gift links are for subscribers.");
        }
        ArticleSummary article = catalog.summary(slug).orElseThrow(() -> new GiftRefusedException(
                GiftRefusedException.Reason.UNKNOWN_ARTICLE, "No published article has this slug."));
        Instant now = now();
        String month = month(now);
        if (!ledger.takeFromQuota(giver.accountId(), month, MONTHLY_QUOTA)) {
            throw new GiftRefusedException(GiftRefusedException.Reason.QUOTA_USED_UP,
                    "You have given all " + MONTHLY_QUOTA + " gift articles this month.");
        }
        GiftLedger.Made made = ledger.make(giver.accountId(), article.slug(), now, now.plus(LIFETIME));
        return new GiftLink(made.id(), article.slug(), made.token(), now, now.plus(LIFETIME),
                MONTHLY_QUOTA - ledger.used(giver.accountId(), month));
    }

    /** Gift links the reader may still make this month (0 to {@link #MONTHLY_QUOTA}). */
    public int remaining(UUID giverId) {
        return Math.max(0, MONTHLY_QUOTA - ledger.used(giverId, month(now())));
    }

    /** Whether this reader may give gift links at all (entitled or staff); says nothing of the quota. */
    public boolean mayGive(ReaderFacts reader) {
        return reader != null && reader.signedIn() && (reader.staff() || meters.entitlementOf(reader).active());
    }

    /** The reader's gift links, newest first. */
    public List<GiftLinkView> given(UUID giverId) {
        return ledger.given(giverId, now()).stream().map(this::withHeadline).toList();
    }

    /**
     * Revokes one of the giver's links: it stops opening its article at once.
     *
     * @return false when the giver has no link with this id (someone else's links are never touched)
     */
    @Transactional
    public boolean revoke(UUID giverId, UUID giftId) {
        return ledger.revoke(giverId, giftId, now());
    }

    /** A reader's gift use for staff: this month's count, what is left and every link with its opens. */
    public GiftUse useOf(UUID accountId) {
        int used = ledger.used(accountId, month(now()));
        return new GiftUse(accountId, used, Math.max(0, MONTHLY_QUOTA - used), given(accountId));
    }

    /** Whether the token is a live gift link for exactly this article (used by the gate). */
    boolean opens(String token, String slug) {
        return ledger.verify(token, slug, now()).isPresent();
    }

    /** Counts an opening of the gift link (a granted read through it). */
    void opened(String token, String slug) {
        ledger.verify(token, slug, now()).ifPresent(id -> ledger.opened(id, now()));
    }

    private GiftLinkView withHeadline(GiftLinkView view) {
        String headline = catalog.summary(view.slug()).map(ArticleSummary::headline).orElse(null);
        return new GiftLinkView(view.id(), view.giverId(), view.slug(), headline, view.createdAt(), view.expiresAt(),
                view.revokedAt(), view.opens(), view.lastOpenedAt(), view.status());
    }

    private String month(Instant now) {
        return YearMonth.from(now.atZone(content.timeZone())).toString();
    }

    private Instant now() {
        return clocks.getIfAvailable(Clock::systemUTC).instant();
    }
}
