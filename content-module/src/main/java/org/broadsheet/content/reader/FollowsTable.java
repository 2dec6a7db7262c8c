package org.broadsheet.content.reader;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.broadsheet.content.FollowKind;
import org.broadsheet.content.FollowTarget;
import org.broadsheet.content.FollowingEntry;
import org.broadsheet.content.Follows;
import org.broadsheet.content.ReaderTargetNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follows stored by catalog key, each with the time the reader last saw it on the Following page. */
@Service
class FollowsTable implements Follows {

    /** A stored follow. */
    record Row(FollowKind kind, String key, Instant seenAt) {
    }

    private final JdbcClient jdbc;
    private final CatalogTables catalog;
    private final ReaderClock clock;

    FollowsTable(JdbcClient jdbc, CatalogTables catalog, ReaderClock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void follow(UUID accountId, FollowKind kind, String key) {
        FollowTarget target = known(kind, key);
        var now = Timestamps.toSql(clock.now());
        jdbc.sql("""
                        INSERT INTO reader_follows (account_id, kind, follow_key, followed_at, seen_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(accountId, kind.name(), target.key(), now, now)
                .update();
    }

    @Override
    @Transactional
    public void unfollow(UUID accountId, FollowKind kind, String key) {
        FollowTarget target = known(kind, key);
        jdbc.sql("DELETE FROM reader_follows WHERE account_id = ? AND kind = ? AND follow_key = ?")
                .params(accountId, kind.name(), target.key())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isFollowing(UUID accountId, FollowKind kind, String key) {
        return jdbc.sql("SELECT COUNT(*) FROM reader_follows WHERE account_id = ? AND kind = ? AND follow_key = ?")
                .params(accountId, kind.name(), key)
                .query(Long.class).single() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowTarget> list(UUID accountId) {
        List<Row> rows = rows(accountId);
        List<FollowTarget> targets = new ArrayList<>();
        for (FollowKind kind : FollowKind.values()) {
            List<String> keys = rows.stream().filter(r -> r.kind() == kind).map(Row::key).toList();
            Map<String, CatalogTables.Entry> entries = catalog.entries(kind, keys);
            keys.stream().map(entries::get).filter(Objects::nonNull)
                    .map(e -> new FollowTarget(kind, e.key(), e.name()))
                    .sorted(Comparator.comparing(FollowTarget::name, String.CASE_INSENSITIVE_ORDER))
                    .forEach(targets::add);
        }
        return targets;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowingEntry> following(UUID accountId) {
        Map<String, Row> rows = rows(accountId).stream()
                .collect(Collectors.toMap(r -> r.kind() + "/" + r.key(), r -> r));
        var now = Timestamps.toSql(clock.now());
        List<FollowingEntry> entries = new ArrayList<>();
        for (FollowTarget target : list(accountId)) {
            Row row = rows.get(target.kind() + "/" + target.key());
            entries.add(new FollowingEntry(target, newArticles(target, Timestamps.toSql(row.seenAt()), now)));
        }
        return entries;
    }

    @Override
    @Transactional
    public void markFollowingSeen(UUID accountId) {
        jdbc.sql("UPDATE reader_follows SET seen_at = ? WHERE account_id = ?")
                .params(Timestamps.toSql(clock.now()), accountId)
                .update();
    }

    List<Row> rows(UUID accountId) {
        return jdbc.sql("SELECT kind, follow_key, seen_at FROM reader_follows WHERE account_id = ?")
                .param(accountId)
                .query((rs, n) -> new Row(FollowKind.valueOf(rs.getString("kind")), rs.getString("follow_key"),
                        Timestamps.fromSql(rs, "seen_at")))
                .list();
    }

    /** A stored follow with the catalog entry it names; refId and name are null when the entry no longer exists. */
    record Named(FollowKind kind, String key, UUID refId, String name) {
    }

    /** The reader's follows with their catalog ids and names, in one statement (the feed's first read). */
    List<Named> named(UUID accountId) {
        return jdbc.sql("""
                        SELECT f.kind, f.follow_key, COALESCE(s.id, t.id, w.id) AS ref_id,
                               COALESCE(s.name, t.name, w.name) AS name
                        FROM reader_follows f
                        LEFT JOIN sections s ON f.kind = 'SECTION' AND s.ref_key = f.follow_key
                        LEFT JOIN topics t ON f.kind = 'TOPIC' AND t.ref_key = f.follow_key
                        LEFT JOIN authors w ON f.kind = 'AUTHOR' AND w.ref_key = f.follow_key
                        WHERE f.account_id = ?""")
                .param(accountId)
                .query((rs, n) -> new Named(FollowKind.valueOf(rs.getString("kind")), rs.getString("follow_key"),
                        rs.getObject("ref_id", UUID.class), rs.getString("name")))
                .list();
    }

    private long newArticles(FollowTarget target, Object since, Object now) {
        String sql = switch (target.kind()) {
            case SECTION -> """
                    SELECT COUNT(*) FROM articles a JOIN sections s ON s.id = a.section_id
                    WHERE s.ref_key = ? AND a.status = 'PUBLISHED' AND a.published_at > ? AND a.published_at <= ?""";
            case TOPIC -> """
                    SELECT COUNT(DISTINCT a.id) FROM articles a
                    JOIN article_topics t ON t.article_id = a.id JOIN topics k ON k.id = t.topic_id
                    WHERE k.ref_key = ? AND a.status = 'PUBLISHED' AND a.published_at > ? AND a.published_at <= ?""";
            case AUTHOR -> """
                    SELECT COUNT(DISTINCT a.id) FROM articles a
                    JOIN article_contributors c ON c.article_id = a.id JOIN authors k ON k.id = c.author_id
                    WHERE k.ref_key = ? AND c.role = 'WRITER' AND a.status = 'PUBLISHED'
                      AND a.published_at > ? AND a.published_at <= ?""";
        };
        return jdbc.sql(sql).params(target.key(), since, now).query(Long.class).single();
    }

    private FollowTarget known(FollowKind kind, String key) {
        return catalog.target(kind, key)
                .orElseThrow(() -> new ReaderTargetNotFoundException(kind.key(), key));
    }
}
