package org.broadsheet.content.reader;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.broadsheet.content.AccessLevel;
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

    private static final RowMapper<FeedRanking.Candidate> CANDIDATE = (rs, n) -> new FeedRanking.Candidate(
            rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("headline"), rs.getString("summary"),
            rs.getObject("section_id", UUID.class), Timestamps.fromSql(rs, "published_at"),
            AccessLevel.valueOf(rs.getString("access_level")));

    private final JdbcClient jdbc;

    FeedCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest published articles, at most limit. */
    List<FeedRanking.Candidate> latest(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM articles a WHERE a.status = 'PUBLISHED' AND a.published_at <= ?"
                        + " ORDER BY a.published_at DESC LIMIT ?")
                .params(Timestamps.toSql(now), limit)
                .query(CANDIDATE).list();
    }

    /** The published ones among these articles. */
    List<FeedRanking.Candidate> published(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM articles a"
                        + " WHERE a.id IN (:ids) AND a.status = 'PUBLISHED' AND a.published_at <= :now")
                .param("ids", ids).param("now", Timestamps.toSql(now))
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
