package org.broadsheet.content.reader;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.broadsheet.content.AccessLevel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The feed's bounded queries: each reads at most a fixed number of rows through an index on published_at
 * (newest first), so the feed costs the same at 100,000 articles as at 100.
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

    /**
     * The newest published articles in any of the followed sections, topics or authors (written by), at most
     * limit, published between since and now.
     */
    List<FeedRanking.Candidate> followed(Collection<UUID> sectionIds, Collection<UUID> topicIds,
            Collection<UUID> authorIds, Instant since, Instant now, int limit) {
        List<String> any = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!sectionIds.isEmpty()) {
            any.add("a.section_id IN (:sections)");
            params.put("sections", sectionIds);
        }
        if (!topicIds.isEmpty()) {
            any.add("EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id AND t.topic_id IN (:topics))");
            params.put("topics", topicIds);
        }
        if (!authorIds.isEmpty()) {
            any.add("EXISTS (SELECT 1 FROM article_contributors c WHERE c.article_id = a.id"
                    + " AND c.author_id IN (:authors) AND c.role = 'WRITER')");
            params.put("authors", authorIds);
        }
        if (any.isEmpty()) {
            return List.of();
        }
        params.put("since", Timestamps.toSql(since));
        params.put("now", Timestamps.toSql(now));
        params.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM articles a"
                        + " WHERE a.status = 'PUBLISHED' AND a.published_at <= :now AND a.published_at >= :since"
                        + " AND (" + String.join(" OR ", any) + ")"
                        + " ORDER BY a.published_at DESC LIMIT :limit")
                .params(params)
                .query(CANDIDATE).list();
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

    /** For each of these articles, which of the given topics it carries. */
    Map<UUID, List<UUID>> topicsOf(Collection<UUID> articleIds, Collection<UUID> topicIds) {
        if (articleIds.isEmpty() || topicIds.isEmpty()) {
            return Map.of();
        }
        return pairs(jdbc.sql("SELECT DISTINCT article_id, topic_id AS ref_id FROM article_topics"
                        + " WHERE article_id IN (:articles) AND topic_id IN (:refs)")
                .param("articles", articleIds).param("refs", topicIds));
    }

    /** For each of these articles, which of the given authors wrote it. */
    Map<UUID, List<UUID>> authorsOf(Collection<UUID> articleIds, Collection<UUID> authorIds) {
        if (articleIds.isEmpty() || authorIds.isEmpty()) {
            return Map.of();
        }
        return pairs(jdbc.sql("SELECT DISTINCT article_id, author_id AS ref_id FROM article_contributors"
                        + " WHERE article_id IN (:articles) AND author_id IN (:refs) AND role = 'WRITER'")
                .param("articles", articleIds).param("refs", authorIds));
    }

    /** The articles among these that the reader has read. */
    Set<UUID> readAmong(UUID accountId, Collection<UUID> articleIds) {
        if (articleIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT article_id FROM reader_reads WHERE account_id = :account AND article_id IN (:ids)")
                .param("account", accountId).param("ids", articleIds)
                .query(UUID.class).list());
    }

    private static Map<UUID, List<UUID>> pairs(JdbcClient.StatementSpec statement) {
        Map<UUID, List<UUID>> pairs = new HashMap<>();
        statement.query((rs, n) -> Map.entry(rs.getObject("article_id", UUID.class), rs.getObject("ref_id", UUID.class)))
                .list()
                .forEach(e -> pairs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return pairs;
    }
}
