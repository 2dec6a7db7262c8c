package org.broadsheet.content.reader;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.broadsheet.content.FollowKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code reader_feed_keys} (article by section, topic and author, newest first) in step with the articles
 * tables, so the feed reads the newest articles of each followed key straight from an index. New articles are
 * picked up when the feed sees them among the newest; a sweep every minute catches the rest (bulk imports,
 * re-filed or re-dated articles). Reindexing an article is idempotent, so instances may race harmlessly.
 */
@Component
class FeedIndex {

    private static final Logger log = LoggerFactory.getLogger(FeedIndex.class);
    private static final int BATCH = 500;

    /** An article's newest followable keys. */
    record Key(UUID articleId, Instant publishedAt, FollowKind kind, UUID refId) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    FeedIndex(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The newest (at most perKey, published by now) indexed articles of each key, in one statement. Each row names
     * its key by its position in the statement (a constant), so only the article and its time are read per row.
     */
    List<Key> newest(Map<FollowKind, ? extends Collection<UUID>> keys, Instant now, int perKey) {
        List<FollowKind> slotKinds = new ArrayList<>();
        List<UUID> slotIds = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        Object upTo = Timestamps.toSql(now);
        keys.forEach((kind, ids) -> ids.forEach(id -> {
            if (!slotKinds.isEmpty()) {
                sql.append(" UNION ALL ");
            }
            sql.append("(SELECT article_id, published_at, ").append(slotKinds.size()).append(" AS slot FROM reader_feed_keys"
                    + " WHERE kind = ? AND ref_id = ? AND published_at <= ? ORDER BY published_at DESC LIMIT ?)");
            slotKinds.add(kind);
            slotIds.add(id);
            params.add(kind.name());
            params.add(id);
            params.add(upTo);
            params.add(perKey);
        }));
        if (slotKinds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> {
                    int slot = rs.getInt(3);
                    return new Key(rs.getObject(1, UUID.class), Timestamps.fromSql(rs, 2), slotKinds.get(slot),
                            slotIds.get(slot));
                })
                .list();
    }

    /** Indexes these articles now (they were seen to be missing from the index or changed since). */
    void indexNow(List<UUID> articleIds) {
        if (!articleIds.isEmpty()) {
            reindex(articleIds.stream().distinct().toList());
        }
    }

    /** Brings every article's keys up to date; returns how many articles were (re)indexed. */
    @Scheduled(initialDelayString = "${broadsheet.reader.feed-index-initial-delay:PT5S}",
            fixedDelayString = "${broadsheet.reader.feed-index-interval:PT1M}")
    int sweep() {
        int done = indexAllMissing();
        while (true) {
            // every indexed article exists (foreign key), so "no article with the indexed version" means changed;
            // as an anti-join PostgreSQL hashes the two tables once instead of walking both primary keys
            List<UUID> changed = jdbc.sql("""
                            SELECT i.article_id FROM reader_feed_indexed i
                            WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = i.article_id
                                AND a.published_at = i.published_at AND a.updated_at = i.updated_at)
                            LIMIT ?""")
                    .param(BATCH)
                    .query(UUID.class).list();
            if (changed.isEmpty()) {
                return done;
            }
            reindex(changed);
            done += changed.size();
        }
    }

    /** Indexes every article that has no keys yet in a few set-based statements (a bulk import, a new database). */
    private int indexAllMissing() {
        // reader_feed_indexed holds at most one row per existing article (its key, and a foreign key that cascades),
        // so equal counts, read in one statement, mean none is missing: two counts instead of four anti-joins
        Long unindexed = jdbc.sql("SELECT (SELECT COUNT(*) FROM articles) - (SELECT COUNT(*) FROM reader_feed_indexed)")
                .query(Long.class).single();
        if (unindexed != null && unindexed == 0) {
            return 0;
        }
        String missing = " NOT EXISTS (SELECT 1 FROM reader_feed_indexed i WHERE i.article_id = a.id)";
        try {
            Integer count = ownTransaction.execute(status -> {
                jdbc.sql("INSERT INTO reader_feed_keys (kind, ref_id, article_id, published_at)"
                        + " SELECT 'SECTION', a.section_id, a.id, a.published_at FROM articles a WHERE" + missing).update();
                jdbc.sql("INSERT INTO reader_feed_keys (kind, ref_id, article_id, published_at)"
                        + " SELECT DISTINCT 'TOPIC', t.topic_id, a.id, a.published_at"
                        + " FROM articles a JOIN article_topics t ON t.article_id = a.id WHERE" + missing).update();
                jdbc.sql("INSERT INTO reader_feed_keys (kind, ref_id, article_id, published_at)"
                        + " SELECT DISTINCT 'AUTHOR', c.author_id, a.id, a.published_at"
                        + " FROM articles a JOIN article_contributors c ON c.article_id = a.id"
                        + " WHERE c.role = 'WRITER' AND" + missing).update();
                return jdbc.sql("INSERT INTO reader_feed_indexed (article_id, published_at, updated_at)"
                        + " SELECT a.id, a.published_at, a.updated_at FROM articles a WHERE" + missing).update();
            });
            return count == null ? 0 : count;
        }
        catch (DataIntegrityViolationException raced) {
            log.debug("Feed keys were indexed concurrently by another instance");
            return 0;
        }
    }

    private void reindex(List<UUID> ids) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                jdbc.sql("DELETE FROM reader_feed_keys WHERE article_id IN (:ids)").param("ids", ids).update();
                jdbc.sql("DELETE FROM reader_feed_indexed WHERE article_id IN (:ids)").param("ids", ids).update();
                jdbc.sql("""
                                INSERT INTO reader_feed_keys (kind, ref_id, article_id, published_at)
                                SELECT 'SECTION', a.section_id, a.id, a.published_at FROM articles a WHERE a.id IN (:ids)""")
                        .param("ids", ids).update();
                jdbc.sql("""
                                INSERT INTO reader_feed_keys (kind, ref_id, article_id, published_at)
                                SELECT DISTINCT 'TOPIC', t.topic_id, a.id, a.published_at
                                FROM articles a JOIN article_topics t ON t.article_id = a.id WHERE a.id IN (:ids)""")
                        .param("ids", ids).update();
                jdbc.sql("""
                                INSERT INTO reader_feed_keys (kind, ref_id, article_id, published_at)
                                SELECT DISTINCT 'AUTHOR', c.author_id, a.id, a.published_at
                                FROM articles a JOIN article_contributors c ON c.article_id = a.id
                                WHERE a.id IN (:ids) AND c.role = 'WRITER'""")
                        .param("ids", ids).update();
                jdbc.sql("""
                                INSERT INTO reader_feed_indexed (article_id, published_at, updated_at)
                                SELECT a.id, a.published_at, a.updated_at FROM articles a WHERE a.id IN (:ids)""")
                        .param("ids", ids).update();
            });
        }
        catch (DataIntegrityViolationException raced) {
            // another instance indexed the same articles at the same moment: its rows are as good as ours
            log.debug("Feed keys of {} articles were indexed concurrently", ids.size());
        }
    }
}
