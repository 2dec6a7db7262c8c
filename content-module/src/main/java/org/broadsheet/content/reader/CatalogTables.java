package org.broadsheet.content.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.broadsheet.content.CatalogRef;
import org.broadsheet.content.FollowKind;
import org.broadsheet.content.FollowTarget;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reader features' read-only view of the newsroom's tables: articles and the catalog, by key or slug. */
@Component
class CatalogTables {

    /** An article by slug, published or not. */
    record ArticleRef(UUID id, String slug, String headline, boolean published) {
    }

    /** A catalog entry's id and what outputs show of it. */
    record Entry(UUID id, String key, String name) {
    }

    private static final long SECTIONS_FRESH_FOR_NANOS = 60_000_000_000L;

    private final JdbcClient jdbc;
    private final AtomicReference<SectionsSnapshot> sections = new AtomicReference<>();

    CatalogTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String table(FollowKind kind) {
        return switch (kind) {
            case TOPIC -> "topics";
            case AUTHOR -> "authors";
            case SECTION -> "sections";
        };
    }

    Optional<ArticleRef> article(String slug) {
        return jdbc.sql("SELECT id, slug, headline, status FROM articles WHERE slug = ?")
                .param(slug)
                .query((rs, n) -> new ArticleRef(rs.getObject("id", UUID.class), rs.getString("slug"),
                        rs.getString("headline"), "PUBLISHED".equals(rs.getString("status"))))
                .optional();
    }

    Optional<Entry> entry(FollowKind kind, String key) {
        return jdbc.sql("SELECT id, ref_key, name FROM " + table(kind) + " WHERE ref_key = ?")
                .param(key)
                .query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getString("ref_key"), rs.getString("name")))
                .optional();
    }

    Optional<FollowTarget> target(FollowKind kind, String key) {
        return entry(kind, key).map(e -> new FollowTarget(kind, e.key(), e.name()));
    }

    /** The entries of one kind with these keys, by key; unknown keys are left out. */
    Map<String, Entry> entries(FollowKind kind, Collection<String> keys) {
        Map<String, Entry> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT id, ref_key, name FROM " + table(kind) + " WHERE ref_key IN (:keys)")
                .param("keys", keys)
                .query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getString("ref_key"), rs.getString("name")))
                .list()
                .forEach(e -> found.put(e.key(), e));
        return found;
    }

    /** The entries of one kind with these ids, by id. */
    Map<UUID, Entry> entriesById(FollowKind kind, Collection<UUID> ids) {
        Map<UUID, Entry> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT id, ref_key, name FROM " + table(kind) + " WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getString("ref_key"), rs.getString("name")))
                .list()
                .forEach(e -> found.put(e.id(), e));
        return found;
    }

    /** The topic keys of each of these articles (articles without topics are left out). */
    Map<UUID, List<String>> topicKeys(Collection<UUID> articleIds) {
        Map<UUID, List<String>> keys = new HashMap<>();
        if (articleIds.isEmpty()) {
            return keys;
        }
        jdbc.sql("SELECT at.article_id, t.ref_key FROM article_topics at JOIN topics t ON t.id = at.topic_id"
                        + " WHERE at.article_id IN (:ids)")
                .param("ids", articleIds)
                .query((rs, n) -> Map.entry(rs.getObject("article_id", UUID.class), rs.getString("ref_key")))
                .list()
                .forEach(e -> keys.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        return keys;
    }

    /** Every section by id (a short list that rarely changes: read again after a minute or when one is missing). */
    Map<UUID, CatalogRef> sections(Collection<UUID> needed) {
        SectionsSnapshot snapshot = sections.get();
        if (snapshot == null || snapshot.readAt() + SECTIONS_FRESH_FOR_NANOS < System.nanoTime()
                || !snapshot.byId().keySet().containsAll(needed)) {
            Map<UUID, CatalogRef> byId = new HashMap<>();
            jdbc.sql("SELECT id, ref_key, name FROM sections")
                    .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class),
                            new CatalogRef(rs.getString("ref_key"), rs.getString("name"))))
                    .list()
                    .forEach(e -> byId.put(e.getKey(), e.getValue()));
            snapshot = new SectionsSnapshot(System.nanoTime(), Map.copyOf(byId));
            sections.set(snapshot);
        }
        return snapshot.byId();
    }

    private record SectionsSnapshot(long readAt, Map<UUID, CatalogRef> byId) {
    }

    List<UUID> ids(FollowKind kind, Collection<String> keys) {
        return entries(kind, keys).values().stream().map(Entry::id).toList();
    }
}
