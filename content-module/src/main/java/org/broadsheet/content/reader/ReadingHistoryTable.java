package org.broadsheet.content.reader;

import java.time.Instant;
import java.util.UUID;

import org.broadsheet.content.ReadEntry;
import org.broadsheet.content.ReaderPage;
import org.broadsheet.content.ReadingHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * My Reads as one row per (account, article): a read inserts the row or, when it exists, bumps its count in
 * one UPDATE, so concurrent reads on several instances never lose a count nor make a second row.
 */
@Service
class ReadingHistoryTable implements ReadingHistory {

    private final JdbcClient jdbc;
    private final CatalogTables catalog;

    ReadingHistoryTable(JdbcClient jdbc, CatalogTables catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /**
     * Needs no transaction: each statement is atomic, and a read racing another (or a pause) still ends as one row
     * with every read counted.
     */
    @Override
    public void record(UUID accountId, UUID articleId, Instant at) {
        var when = Timestamps.toSql(at);
        // A re-read (the usual case) is one statement: the update, which also checks that history is not paused.
        if (countAgain(accountId, articleId, when) == 1 || isPaused(accountId)) {
            return;
        }
        int inserted = jdbc.sql("""
                        INSERT INTO reader_reads (account_id, article_id, first_read_at, last_read_at, read_count)
                        VALUES (?, ?, ?, ?, 1) ON CONFLICT DO NOTHING""")
                .params(accountId, articleId, when, when)
                .update();
        if (inserted == 0) {
            // another read of the same article inserted the row first
            countAgain(accountId, articleId, when);
        }
    }

    private int countAgain(UUID accountId, UUID articleId, Object when) {
        return jdbc.sql("""
                        UPDATE reader_reads SET read_count = read_count + 1,
                               last_read_at = CASE WHEN last_read_at < ? THEN ? ELSE last_read_at END
                        WHERE account_id = ? AND article_id = ?
                          AND NOT EXISTS (SELECT 1 FROM reader_settings s WHERE s.account_id = ? AND s.history_paused)""")
                .params(when, when, accountId, articleId, accountId)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public ReaderPage<ReadEntry> list(UUID accountId, int page, int size) {
        long total = jdbc.sql("SELECT COUNT(*) FROM reader_reads WHERE account_id = ?")
                .param(accountId).query(Long.class).single();
        var items = jdbc.sql("""
                        SELECT a.id, a.slug, a.headline, r.first_read_at, r.last_read_at, r.read_count
                        FROM reader_reads r JOIN articles a ON a.id = r.article_id
                        WHERE r.account_id = ?
                        ORDER BY r.last_read_at DESC, a.id
                        LIMIT ? OFFSET ?""")
                .params(accountId, size, (long) page * size)
                .query((rs, n) -> new ReadEntry(rs.getObject("id", UUID.class), rs.getString("slug"),
                        rs.getString("headline"), Timestamps.fromSql(rs, "first_read_at"),
                        Timestamps.fromSql(rs, "last_read_at"), rs.getInt("read_count")))
                .list();
        return new ReaderPage<>(items, page, size, total);
    }

    @Override
    @Transactional
    public void remove(UUID accountId, String slug) {
        catalog.article(slug).ifPresent(article -> jdbc
                .sql("DELETE FROM reader_reads WHERE account_id = ? AND article_id = ?")
                .params(accountId, article.id())
                .update());
    }

    @Override
    @Transactional
    public void clear(UUID accountId) {
        jdbc.sql("DELETE FROM reader_reads WHERE account_id = ?").param(accountId).update();
    }

    @Override
    @Transactional
    public void setPaused(UUID accountId, boolean paused) {
        int updated = jdbc.sql("UPDATE reader_settings SET history_paused = ? WHERE account_id = ?")
                .params(paused, accountId).update();
        if (updated == 0) {
            int inserted = jdbc.sql("INSERT INTO reader_settings (account_id, history_paused) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(accountId, paused).update();
            if (inserted == 0) {
                jdbc.sql("UPDATE reader_settings SET history_paused = ? WHERE account_id = ?")
                        .params(paused, accountId).update();
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isPaused(UUID accountId) {
        return jdbc.sql("SELECT history_paused FROM reader_settings WHERE account_id = ?")
                .param(accountId).query(Boolean.class).optional().orElse(false);
    }
}
