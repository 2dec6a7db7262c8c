package org.broadsheet.content.reader;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.broadsheet.content.FollowKind;
import org.broadsheet.content.FollowTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What is popular across all readers: the week's most-read articles (from My Reads) and the topics and authors
 * with the most recent articles. The same for everyone, so it is computed at most once a minute per instance
 * (and again when a new article appears).
 */
@Component
class WeeklyPopularity {

    static final Duration WEEK = Duration.ofDays(7);
    private static final Duration FRESH_FOR = Duration.ofMinutes(1);
    private static final int MOST_READ = 20;
    /** One reader's habit is not "most read". */
    private static final int MIN_READERS = 2;
    private static final int SUGGESTIONS_PER_KIND = 8;

    /** A computed snapshot. */
    record Snapshot(Instant computedAt, Instant newestArticle, List<UUID> mostRead, List<FollowTarget> suggestions) {
    }

    private final JdbcClient jdbc;
    private final CatalogTables catalog;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    WeeklyPopularity(JdbcClient jdbc, CatalogTables catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /**
     * The snapshot for now: recomputed after a minute, or as soon as a newer article than the snapshot knew was
     * published (newestArticle may be null when there are none).
     */
    Snapshot at(Instant now, Instant newestArticle) {
        Snapshot snapshot = current.get();
        if (snapshot == null || snapshot.computedAt().isAfter(now) || snapshot.computedAt().plus(FRESH_FOR).isBefore(now)
                || !Objects.equals(snapshot.newestArticle(), newestArticle)) {
            snapshot = compute(now, newestArticle);
            current.set(snapshot);
        }
        return snapshot;
    }

    /** Forgets the snapshot (tests and data changes that must show at once). */
    void forget() {
        current.set(null);
    }

    private Snapshot compute(Instant now, Instant newestArticle) {
        var since = Timestamps.toSql(now.minus(WEEK));
        List<UUID> mostRead = jdbc.sql("""
                        SELECT article_id FROM reader_reads WHERE last_read_at >= ?
                        GROUP BY article_id HAVING COUNT(*) >= ?
                        ORDER BY COUNT(*) DESC, SUM(read_count) DESC, article_id LIMIT ?""")
                .params(since, MIN_READERS, MOST_READ)
                .query(UUID.class).list();
        var recent = Timestamps.toSql(now.minus(Duration.ofDays(30)));
        var upTo = Timestamps.toSql(now);
        List<UUID> topics = jdbc.sql("""
                        SELECT t.topic_id FROM article_topics t JOIN articles a ON a.id = t.article_id
                        WHERE a.status = 'PUBLISHED' AND a.published_at >= ? AND a.published_at <= ?
                        GROUP BY t.topic_id ORDER BY COUNT(*) DESC, t.topic_id LIMIT ?""")
                .params(recent, upTo, SUGGESTIONS_PER_KIND)
                .query(UUID.class).list();
        List<UUID> authors = jdbc.sql("""
                        SELECT c.author_id FROM article_contributors c JOIN articles a ON a.id = c.article_id
                        WHERE c.role = 'WRITER' AND a.status = 'PUBLISHED' AND a.published_at >= ? AND a.published_at <= ?
                        GROUP BY c.author_id ORDER BY COUNT(*) DESC, c.author_id LIMIT ?""")
                .params(recent, upTo, SUGGESTIONS_PER_KIND)
                .query(UUID.class).list();
        List<FollowTarget> suggestions = new ArrayList<>();
        suggestions.addAll(named(FollowKind.TOPIC, topics));
        suggestions.addAll(named(FollowKind.AUTHOR, authors));
        return new Snapshot(now, newestArticle, mostRead, List.copyOf(suggestions));
    }

    private List<FollowTarget> named(FollowKind kind, List<UUID> ids) {
        Map<UUID, CatalogTables.Entry> entries = catalog.entriesById(kind, ids);
        return ids.stream().map(entries::get).filter(e -> e != null)
                .map(e -> new FollowTarget(kind, e.key(), e.name())).toList();
    }
}
