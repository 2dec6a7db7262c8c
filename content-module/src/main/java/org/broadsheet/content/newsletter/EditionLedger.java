package org.broadsheet.content.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.ArticleFilter;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.ContentProperties;
import org.broadsheet.content.Newsletter;
import org.broadsheet.content.NewsletterEdition;
import org.broadsheet.content.NewsletterEditions;
import org.broadsheet.content.Newsletters;
import org.broadsheet.content.ReaderTargetNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editions keyed by (newsletter, slot) and deliveries keyed by (edition, reader): the database's unique keys,
 * not a lock, make every edition and every delivery happen once across instances.
 */
@Service
class EditionLedger implements NewsletterEditions {

    /** A slot missed for longer than this (the site was down) is not sent late. */
    static final Duration SEND_WINDOW = Duration.ofHours(6);
    static final int MAX_STORIES = 8;

    private static final RowMapper<NewsletterEdition> EDITION = (rs, n) -> new NewsletterEdition(
            rs.getObject("id", UUID.class), rs.getString("newsletter_key"), SqlTime.read(rs, "slot"),
            slugs(rs.getString("article_slugs")));

    private final JdbcClient jdbc;
    private final Newsletters newsletters;
    private final ArticleCatalog catalog;
    private final ContentProperties content;
    private final ObjectProvider<Clock> clocks;

    EditionLedger(JdbcClient jdbc, Newsletters newsletters, ArticleCatalog catalog, ContentProperties content,
            ObjectProvider<Clock> clocks) {
        this.jdbc = jdbc;
        this.newsletters = newsletters;
        this.catalog = catalog;
        this.content = content;
        this.clocks = clocks;
    }

    @Override
    public List<NewsletterEdition> due(Instant now) {
        List<NewsletterEdition> due = new ArrayList<>();
        for (Newsletter newsletter : newsletters.catalogue()) {
            Instant slot = lastSlot(newsletter.sendCron(), now);
            if (slot != null && slot.isAfter(now.minus(SEND_WINDOW))) {
                NewsletterEdition edition = edition(newsletter.key(), slot);
                if (!edition.slugs().isEmpty()) {
                    due.add(edition);
                }
            }
        }
        return due;
    }

    @Override
    @Transactional
    public NewsletterEdition edition(String newsletterKey, Instant slot) {
        Newsletter newsletter = newsletters.find(newsletterKey)
                .orElseThrow(() -> new ReaderTargetNotFoundException("newsletter", newsletterKey));
        Optional<NewsletterEdition> existing = find(newsletter.key(), slot);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant previous = lastSlot(newsletter.sendCron(), slot.minusSeconds(1));
        Instant since = previous == null ? slot.minus(Duration.ofDays(1)) : previous;
        List<String> slugs = stories(newsletter.sectionKey(), since, slot);
        jdbc.sql("""
                INSERT INTO newsletter_editions (id, newsletter_key, slot, article_slugs, created_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(UUID.randomUUID(), newsletter.key(), SqlTime.of(slot), String.join("\n", slugs),
                        SqlTime.of(clocks.getIfAvailable(Clock::systemUTC).instant()))
                .update();
        return find(newsletter.key(), slot).orElseThrow();
    }

    @Override
    @Transactional
    public boolean claim(UUID editionId, UUID accountId) {
        return jdbc.sql("""
                INSERT INTO newsletter_deliveries (edition_id, account_id, claimed_at) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(editionId, accountId, SqlTime.of(clocks.getIfAvailable(Clock::systemUTC).instant()))
                .update() == 1;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> awaiting(NewsletterEdition edition) {
        return jdbc.sql("""
                SELECT c.account_id FROM newsletter_choices c WHERE c.newsletter_key = ?
                AND NOT EXISTS (SELECT 1 FROM newsletter_deliveries d WHERE d.edition_id = ? AND d.account_id = c.account_id)
                ORDER BY c.account_id""")
                .params(edition.newsletterKey(), edition.id())
                .query(UUID.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<NewsletterEdition> receivedBy(UUID accountId) {
        return jdbc.sql("""
                SELECT e.* FROM newsletter_editions e JOIN newsletter_deliveries d ON d.edition_id = e.id
                WHERE d.account_id = ? ORDER BY e.slot DESC""")
                .param(accountId).query(EDITION).list();
    }

    private Optional<NewsletterEdition> find(String key, Instant slot) {
        return jdbc.sql("SELECT * FROM newsletter_editions WHERE newsletter_key = ? AND slot = ?")
                .params(key, SqlTime.of(slot)).query(EDITION).optional();
    }

    private List<String> stories(String sectionKey, Instant after, Instant until) {
        List<String> slugs = new ArrayList<>();
        ArticleFilter filter = new ArticleFilter(sectionKey, null, null);
        for (int page = 0; page < 10 && slugs.size() < MAX_STORIES; page++) {
            List<ArticleSummary> items = catalog.latest(filter, page, 50).items();
            for (ArticleSummary item : items) {
                Instant published = item.publishedAt();
                if (published != null && published.isAfter(after) && !published.isAfter(until)
                        && slugs.size() < MAX_STORIES) {
                    slugs.add(item.slug());
                }
            }
            if (items.size() < 50 || items.get(items.size() - 1).publishedAt().isBefore(after)) {
                break;
            }
        }
        return slugs;
    }

    /** The newest time the cron fires at or before {@code now}, looking back up to eight days. */
    Instant lastSlot(String cron, Instant now) {
        CronExpression expression = CronExpression.parse(cron);
        ZonedDateTime cursor = now.minus(Duration.ofDays(8)).atZone(content.timeZone());
        ZonedDateTime last = null;
        ZonedDateTime end = now.atZone(content.timeZone());
        while (true) {
            ZonedDateTime next = expression.next(cursor);
            if (next == null || next.isAfter(end)) {
                return last == null ? null : last.toInstant();
            }
            last = next;
            cursor = next;
        }
    }

    private static List<String> slugs(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split("\n")).toList();
    }
}
