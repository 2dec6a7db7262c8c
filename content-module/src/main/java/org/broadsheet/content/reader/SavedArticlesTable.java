package org.broadsheet.content.reader;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.CatalogRef;
import org.broadsheet.content.ReaderPage;
import org.broadsheet.content.ReaderTargetNotFoundException;
import org.broadsheet.content.SavedArticle;
import org.broadsheet.content.SavedArticles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saved articles in one table keyed by (account, article), so saving twice can never make two rows. */
@Service
class SavedArticlesTable implements SavedArticles {

    private final JdbcClient jdbc;
    private final CatalogTables catalog;
    private final ReaderClock clock;

    SavedArticlesTable(JdbcClient jdbc, CatalogTables catalog, ReaderClock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void save(UUID accountId, String slug) {
        CatalogTables.ArticleRef article = catalog.article(slug)
                .filter(CatalogTables.ArticleRef::published)
                .orElseThrow(() -> new ReaderTargetNotFoundException("article", slug));
        jdbc.sql("INSERT INTO reader_saved_articles (account_id, article_id, saved_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(accountId, article.id(), Timestamps.toSql(clock.now()))
                .update();
    }

    @Override
    @Transactional
    public void unsave(UUID accountId, String slug) {
        CatalogTables.ArticleRef article = catalog.article(slug)
                .orElseThrow(() -> new ReaderTargetNotFoundException("article", slug));
        jdbc.sql("DELETE FROM reader_saved_articles WHERE account_id = ? AND article_id = ?")
                .params(accountId, article.id())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isSaved(UUID accountId, String slug) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM reader_saved_articles s JOIN articles a ON a.id = s.article_id
                        WHERE s.account_id = ? AND a.slug = ?""")
                .params(accountId, slug)
                .query(Long.class).single() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> savedAmong(UUID accountId, Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT a.slug FROM reader_saved_articles s JOIN articles a ON a.id = s.article_id
                        WHERE s.account_id = :account AND a.slug IN (:slugs)""")
                .param("account", accountId)
                .param("slugs", slugs)
                .query(String.class).list());
    }

    @Override
    @Transactional(readOnly = true)
    public ReaderPage<SavedArticle> list(UUID accountId, int page, int size) {
        long total = jdbc.sql("""
                        SELECT COUNT(*) FROM reader_saved_articles s JOIN articles a ON a.id = s.article_id
                        WHERE s.account_id = ? AND a.status = 'PUBLISHED'""")
                .param(accountId)
                .query(Long.class).single();
        var items = jdbc.sql("""
                        SELECT a.id, a.slug, a.headline, a.access_level, c.ref_key AS section_key, c.name AS section_name,
                               s.saved_at
                        FROM reader_saved_articles s
                        JOIN articles a ON a.id = s.article_id
                        LEFT JOIN sections c ON c.id = a.section_id
                        WHERE s.account_id = ? AND a.status = 'PUBLISHED'
                        ORDER BY s.saved_at DESC, a.id
                        LIMIT ? OFFSET ?""")
                .params(accountId, size, (long) page * size)
                .query((rs, n) -> new SavedArticle(rs.getObject("id", UUID.class), rs.getString("slug"),
                        rs.getString("headline"),
                        rs.getString("section_key") == null ? null
                                : new CatalogRef(rs.getString("section_key"), rs.getString("section_name")),
                        AccessLevel.valueOf(rs.getString("access_level")),
                        Timestamps.fromSql(rs, "saved_at")))
                .list();
        return new ReaderPage<>(items, page, size, total);
    }
}
