package org.broadsheet.content.reader;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.broadsheet.content.AccessLevel;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The feed's bounded queries: each reads at most a fixed number of rows through an index on published_at
 * (newest first) or a primary key, so the feed costs the same at 100,000 articles as at 100.
 */
@Component
class FeedCandidates {

    private static final String COLUMNS = "a.id, a.slug, a.headline, a.summary, a.section_id, a.published_at, a.access_level";

    /** Reads {@link #COLUMNS} by position (the feed maps a few hundred of these per request). */
    private static final RowMapper<FeedRanking.Candidate> CANDIDATE = (rs, n) -> new FeedRanking.Candidate(
            rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getObject(5, UUID.class), Timestamps.fromSql(rs, 6), AccessLevel.valueOf(rs.getString(7)));

    private final JdbcClient jdbc;

    FeedCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest published articles, and which of them the feed index does not reflect yet (new or changed). */
    record Latest(List<FeedRanking.Candidate> candidates, List<UUID> unindexed) {
    }

    /**
     * The newest published articles, at most limit, each with whether {@code reader_feed_indexed} holds its current
     * version (publication and update time), in one statement.
     */
    Latest latest(Instant now, int limit) {
        List<FeedRanking.Candidate> found = new ArrayList<>(limit);
        List<UUID> unindexed = new ArrayList<>();
        jdbc.sql("SELECT " + COLUMNS + ", CASE WHEN i.published_at = a.published_at AND i.updated_at = a.updated_at"
                        + " THEN 1 ELSE 0 END AS indexed"
                        + " FROM articles a LEFT JOIN reader_feed_indexed i ON i.article_id = a.id"
                        + " WHERE a.status = 'PUBLISHED' AND a.published_at <= ?"
                        + " ORDER BY a.published_at DESC LIMIT ?")
                .params(Timestamps.toSql(now), limit)
                .query((RowCallbackHandler) rs -> {
                    FeedRanking.Candidate candidate = CANDIDATE.mapRow(rs, 0);
                    found.add(candidate);
                    if (rs.getInt(8) == 0) {
                        unindexed.add(candidate.id());
                    }
                });
        return new Latest(found, unindexed);
    }

    /**
     * The published ones among these articles. The ids go as one array parameter, so the statement's text is the
     * same whatever their number: the driver and PostgreSQL prepare it once instead of parsing and planning a new
     * IN list of 100-odd placeholders per request.
     */
    List<FeedRanking.Candidate> published(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM articles a"
                        + " WHERE a.id = ANY(?) AND a.status = 'PUBLISHED' AND a.published_at <= ?")
                .params(ids.toArray(new UUID[0]), Timestamps.toSql(now))
                .query(CANDIDATE).list();
    }

    /**
     * The articles the reader read since the given instant (an article cannot be read before it is published, so
     * the oldest candidate's publication bounds the reads worth knowing), through the (account, last_read_at) index.
     */
    Set<UUID> readSince(UUID accountId, Instant since) {
        return new HashSet<>(jdbc.sql("SELECT article_id FROM reader_reads WHERE account_id = ? AND last_read_at >= ?")
                .params(accountId, Timestamps.toSql(since))
                .query(UUID.class).list());
    }
}
