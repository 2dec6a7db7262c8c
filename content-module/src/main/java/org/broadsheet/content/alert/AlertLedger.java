package org.broadsheet.content.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.broadsheet.content.AlertDigest;
import org.broadsheet.content.ArticleCatalog;
import org.broadsheet.content.ArticlePublished;
import org.broadsheet.content.ArticleSummary;
import org.broadsheet.content.CatalogRef;
import org.broadsheet.content.ReaderAlert;
import org.broadsheet.content.ReaderAlerts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Stores an alert for every follower of a newly published article's section, topics or writers, once the
 * publication has committed; streams and mail read the stored rows, so every instance sees them.
 */
@Service
class AlertLedger implements ReaderAlerts {

    private static final RowMapper<ReaderAlert> ALERT = (rs, n) -> new ReaderAlert(rs.getObject("id", UUID.class),
            rs.getObject("account_id", UUID.class), rs.getString("slug"), rs.getString("headline"),
            rs.getString("summary"), rs.getString("because"), instant(rs, "created_at"));

    private final JdbcClient jdbc;
    private final ArticleCatalog catalog;
    private final ObjectProvider<Clock> clocks;

    AlertLedger(JdbcClient jdbc, ArticleCatalog catalog, ObjectProvider<Clock> clocks) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clocks = clocks;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ArticlePublished published) {
        ArticleSummary article = catalog.summary(published.slug()).orElse(null);
        if (article == null) {
            return;
        }
        Map<UUID, String> because = new LinkedHashMap<>();
        if (article.section() != null) {
            followers("SECTION", article.section(), "Section", because);
        }
        for (CatalogRef topic : article.topics()) {
            followers("TOPIC", topic, "Topic", because);
        }
        for (CatalogRef author : article.authors()) {
            followers("AUTHOR", author, "Author", because);
        }
        Instant now = now();
        because.forEach((accountId, reason) -> jdbc.sql("""
                        INSERT INTO reader_alerts (id, account_id, article_id, slug, headline, summary, because, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(UUID.randomUUID(), accountId, article.id(), article.slug(), truncate(article.headline(), 500),
                        article.summary(), truncate(reason, 300), sql(now))
                .update());
    }

    private void followers(String kind, CatalogRef ref, String label, Map<UUID, String> because) {
        jdbc.sql("SELECT account_id FROM reader_follows WHERE kind = ? AND follow_key = ?")
                .params(kind, ref.key()).query(UUID.class).list()
                .forEach(accountId -> because.putIfAbsent(accountId, label + ": " + ref.name()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReaderAlert> list(UUID accountId, int limit) {
        return jdbc.sql("SELECT * FROM reader_alerts WHERE account_id = ? ORDER BY created_at DESC, id")
                .param(accountId).query(ALERT).list().stream().limit(Math.max(1, Math.min(200, limit))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReaderAlert> since(Collection<UUID> accountIds, Instant since) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        List<ReaderAlert> alerts = new ArrayList<>();
        List<UUID> ids = List.copyOf(accountIds);
        for (int from = 0; from < ids.size(); from += 500) {
            alerts.addAll(jdbc.sql("""
                    SELECT * FROM reader_alerts WHERE account_id IN (:ids) AND created_at >= :since
                    ORDER BY created_at, id""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .param("since", sql(since))
                    .query(ALERT).list());
        }
        return alerts;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean emailAlerts(UUID accountId) {
        return jdbc.sql("SELECT email_alerts FROM reader_alert_settings WHERE account_id = ?")
                .param(accountId).query(Boolean.class).optional().orElse(false);
    }

    @Override
    @Transactional
    public void setEmailAlerts(UUID accountId, boolean enabled) {
        int updated = jdbc.sql("UPDATE reader_alert_settings SET email_alerts = ? WHERE account_id = ?")
                .params(enabled, accountId).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO reader_alert_settings (account_id, email_alerts) VALUES (?, ?)
                    ON CONFLICT DO NOTHING""").params(accountId, enabled).update();
            jdbc.sql("UPDATE reader_alert_settings SET email_alerts = ? WHERE account_id = ?")
                    .params(enabled, accountId).update();
        }
    }

    @Override
    @Transactional
    public List<AlertDigest> takeDigests(Instant now) {
        List<UUID> readers = jdbc.sql("""
                SELECT s.account_id FROM reader_alert_settings s WHERE s.email_alerts = TRUE
                AND (s.last_mailed_at IS NULL OR s.last_mailed_at <= ?)
                AND EXISTS (SELECT 1 FROM reader_alerts a WHERE a.account_id = s.account_id AND a.mailed_at IS NULL)
                ORDER BY s.account_id""")
                .param(sql(now.minus(MAIL_INTERVAL))).query(UUID.class).list();
        List<AlertDigest> digests = new ArrayList<>();
        for (UUID reader : readers) {
            // claiming the reader's hour first: a second instance finds it taken and moves on
            int claimed = jdbc.sql("""
                    UPDATE reader_alert_settings SET last_mailed_at = ? WHERE account_id = ? AND email_alerts = TRUE
                    AND (last_mailed_at IS NULL OR last_mailed_at <= ?)""")
                    .params(sql(now), reader, sql(now.minus(MAIL_INTERVAL))).update();
            if (claimed == 0) {
                continue;
            }
            List<ReaderAlert> alerts = jdbc.sql("""
                    SELECT * FROM reader_alerts WHERE account_id = ? AND mailed_at IS NULL ORDER BY created_at, id""")
                    .param(reader).query(ALERT).list();
            jdbc.sql("UPDATE reader_alerts SET mailed_at = ? WHERE account_id = ? AND mailed_at IS NULL")
                    .params(sql(now), reader).update();
            if (!alerts.isEmpty()) {
                digests.add(new AlertDigest(reader, alerts));
            }
        }
        return digests;
    }

    private Instant now() {
        return clocks.getIfAvailable(Clock::systemUTC).instant();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static OffsetDateTime sql(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
