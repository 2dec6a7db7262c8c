package org.broadsheet.content;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import java.util.function.Supplier;

import org.broadsheet.content.metering.MeterLedger;
import org.broadsheet.content.rules.RuleBook;
import org.broadsheet.content.rules.RuleBooks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.stereotype.Service;

/**
 * The monthly meter of METERED reads, kept on the server: per account when signed in, else per anonymous
 * visitor; months are calendar months in {@code broadsheet.time-zone}.
 */
@Service
public class Meters {

    private final MeterLedger ledger;
    private final PaywallProperties paywall;
    private final ContentProperties content;
    /** The application's clock, looked up once (on every view, the lookup cost more than the reading). */
    private final Supplier<Clock> clock;
    private final ObjectProvider<ReaderEntitlements> entitlements;
    private final RuleBooks rules;

    Meters(MeterLedger ledger, PaywallProperties paywall, ContentProperties content, ObjectProvider<Clock> clocks,
            ObjectProvider<ReaderEntitlements> entitlements, RuleBooks rules) {
        this.rules = rules;
        this.ledger = ledger;
        this.paywall = paywall;
        this.content = content;
        this.clock = SingletonSupplier.of(() -> clocks.getIfAvailable(Clock::systemUTC));
        this.entitlements = entitlements;
    }

    /**
     * This month's meter for the reader; null when the reader is not metered (staff, entitled readers). A reader
     * with neither account nor visitor id has a fresh meter.
     */
    public MeterState stateFor(ReaderFacts reader) {
        if (reader.staff() || entitlementOf(reader).active()) {
            return null;
        }
        int limit = limitFor(reader);
        String key = keyOf(reader);
        if (key == null) {
            return new MeterState(0, limit);
        }
        return new MeterState(ledger.look(key, currentMonth(), null).usedBefore(), limit);
    }

    /** When a browser signs in or registers: its anonymous reads this month count toward the account. */
    public void adoptVisitorReads(String visitorId, UUID accountId) {
        if (visitorId == null || visitorId.isBlank() || visitorId.length() > 64 || accountId == null) {
            return;
        }
        ledger.merge(visitorKey(visitorId), accountKey(accountId), currentMonth());
    }

    /**
     * Decides with the access policy under the rules in force and, for a granted first METERED read this month
     * that the rules let count, counts it atomically. {@code campaign} is the rule of a verified campaign link or
     * null.
     */
    AccessDecision decide(ArticleFacts article, UUID articleId, ReaderFacts reader,
            ReaderEntitlement entitlement, boolean count, boolean gifted, UUID campaign) {
        RuleBook book = rules.current();
        Instant now = clock.get().instant();
        if (reader.staff() || (entitlement != null && entitlement.active())) {
            return AccessPolicy.decide(article, reader, entitlement, null, false, gifted, campaign, now, book);
        }
        int limit = limitFor(reader);
        String key = keyOf(reader);
        if (key == null) {
            // No account and no valid cookie: a fresh visitor, nothing to count against.
            return AccessPolicy.decide(article, reader, entitlement, new MeterState(0, limit), false, gifted, campaign,
                    now, book);
        }
        // Whether the meter matters at all for this read: only a METER / METER_EXHAUSTED outcome counts.
        AccessReason probe = AccessPolicy.decide(article, reader, entitlement, new MeterState(0, limit), false, gifted,
                campaign, now, book).reason();
        boolean meterDecides = probe == AccessReason.METER || probe == AccessReason.METER_EXHAUSTED;
        String month = currentMonth();
        if (!count || !meterDecides) {
            MeterLedger.Entry entry = ledger.look(key, month, articleId);
            return AccessPolicy.decide(article, reader, entitlement, new MeterState(entry.usedBefore(), limit),
                    entry.alreadyCounted(), gifted, campaign, now, book);
        }
        MeterLedger.Entry entry = ledger.count(key, month, articleId, (used, counted) -> AccessPolicy
                .decide(article, reader, entitlement, new MeterState(used, limit), counted, gifted, campaign, now, book)
                .reason() == AccessReason.METER);
        AccessDecision decision = AccessPolicy.decide(article, reader, entitlement,
                new MeterState(entry.usedBefore(), limit), entry.alreadyCounted(), gifted, campaign, now, book);
        return decision.withMeter(new MeterState(entry.usedAfter(), decision.meter().limit()));
    }

    /** The decision for a preview: a fresh meter for metered readers, nothing counted or looked up. */
    AccessDecision preview(ArticleFacts article, ReaderFacts reader, ReaderEntitlement entitlement,
            Instant at) {
        MeterState meter = reader.staff() || (entitlement != null && entitlement.active()) ? null
                : new MeterState(0, limitFor(reader));
        return AccessPolicy.decide(article, reader, entitlement, meter, false, false, null, at, rules.current());
    }

    /** The reader's entitlement: none for anonymous readers or when no one answers the port. */
    ReaderEntitlement entitlementOf(ReaderFacts reader) {
        if (!reader.signedIn()) {
            return ReaderEntitlement.none();
        }
        ReaderEntitlements port = entitlements.getIfAvailable();
        ReaderEntitlement entitlement = port == null ? null : port.entitlementOf(reader.accountId());
        return entitlement == null ? ReaderEntitlement.none() : entitlement;
    }

    String currentMonth() {
        return YearMonth.now(clock.get().withZone(content.timeZone())).toString();
    }

    private int limitFor(ReaderFacts reader) {
        return reader.signedIn() ? paywall.meterRegistered() : paywall.meterAnonymous();
    }

    private static String keyOf(ReaderFacts reader) {
        if (reader.signedIn()) {
            return accountKey(reader.accountId());
        }
        String visitorId = reader.visitorId();
        // Visitor ids come from verified cookies; anything else is no id at all.
        return visitorId == null || visitorId.isBlank() || visitorId.length() > 64 ? null : visitorKey(visitorId);
    }

    private static String accountKey(UUID accountId) {
        return "account:" + accountId;
    }

    private static String visitorKey(String visitorId) {
        return "visitor:" + visitorId;
    }
}
