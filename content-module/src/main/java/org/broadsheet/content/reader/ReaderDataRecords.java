package org.broadsheet.content.reader;

import java.util.UUID;

import org.broadsheet.content.Follows;
import org.broadsheet.content.ReaderData;
import org.broadsheet.content.ReaderDataExport;
import org.broadsheet.content.ReadingHistory;
import org.broadsheet.content.SavedArticles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers and erases every row the reader features keep for one account. */
@Service
class ReaderDataRecords implements ReaderData {

    private static final int ALL = Integer.MAX_VALUE;

    private final SavedArticles saved;
    private final Follows follows;
    private final ReadingHistory history;
    private final JdbcClient jdbc;

    ReaderDataRecords(SavedArticles saved, Follows follows, ReadingHistory history, JdbcClient jdbc) {
        this.saved = saved;
        this.follows = follows;
        this.history = history;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public ReaderDataExport export(UUID accountId) {
        return new ReaderDataExport(accountId, saved.list(accountId, 0, ALL).items(), follows.list(accountId),
                history.list(accountId, 0, ALL).items(), history.isPaused(accountId));
    }

    @Override
    @Transactional
    public void erase(UUID accountId) {
        for (String table : new String[] {"reader_saved_articles", "reader_follows", "reader_reads", "reader_settings",
                "newsletter_choices", "newsletter_deliveries", "reader_alerts", "reader_alert_settings"}) {
            jdbc.sql("DELETE FROM " + table + " WHERE account_id = ?").param(accountId).update();
        }
        // the reader's gift links stop working with the account; the month's count goes too
        jdbc.sql("DELETE FROM gift_links WHERE giver_id = ?").param(accountId).update();
        jdbc.sql("DELETE FROM gift_months WHERE giver_id = ?").param(accountId).update();
    }
}
