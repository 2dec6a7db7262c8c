package org.broadsheet.content.reader;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.broadsheet.content.AccessLevel;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Object mother for the reader tests: sections, topics, authors and articles written straight into the tables. */
final class Newsroom {

    private final JdbcClient jdbc;
    private int sectionPosition;

    Newsroom(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A catalog entry created by the mother. */
    record Ref(UUID id, String key, String name) {
    }

    static String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Ref section(String name) {
        Ref ref = new Ref(UUID.randomUUID(), unique(name.toLowerCase().replace(' ', '-')), name);
        jdbc.sql("INSERT INTO sections (id, ref_key, name, position) VALUES (?, ?, ?, ?)")
                .params(ref.id(), ref.key(), ref.name(), sectionPosition++).update();
        return ref;
    }

    Ref topic(String name) {
        Ref ref = new Ref(UUID.randomUUID(), unique(name.toLowerCase().replace(' ', '-')), name);
        jdbc.sql("INSERT INTO topics (id, ref_key, name) VALUES (?, ?, ?)").params(ref.id(), ref.key(), ref.name()).update();
        return ref;
    }

    Ref author(String name) {
        Ref ref = new Ref(UUID.randomUUID(), unique(name.toLowerCase().replace(' ', '-')), name);
        jdbc.sql("INSERT INTO authors (id, ref_key, name) VALUES (?, ?, ?)").params(ref.id(), ref.key(), ref.name()).update();
        return ref;
    }

    ArticleBuilder article(String headline, Ref section) {
        return new ArticleBuilder(headline, section);
    }

    /** Builds one article; published unless told otherwise. */
    final class ArticleBuilder {

        private final String headline;
        private final Ref section;
        private Instant publishedAt = Instant.now().minusSeconds(3600);
        private AccessLevel accessLevel = AccessLevel.FREE;
        private List<Ref> topics = List.of();
        private List<Ref> authors = List.of();
        private String status = "PUBLISHED";

        private ArticleBuilder(String headline, Ref section) {
            this.headline = headline;
            this.section = section;
        }

        ArticleBuilder publishedAt(Instant at) {
            this.publishedAt = at;
            return this;
        }

        ArticleBuilder access(AccessLevel level) {
            this.accessLevel = level;
            return this;
        }

        ArticleBuilder topics(Ref... topics) {
            this.topics = List.of(topics);
            return this;
        }

        ArticleBuilder by(Ref... authors) {
            this.authors = List.of(authors);
            return this;
        }

        ArticleBuilder draft() {
            this.status = "DRAFT";
            return this;
        }

        /** Writes the article and returns its slug. */
        String create() {
            UUID id = UUID.randomUUID();
            String slug = unique(headline.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
            OffsetDateTime at = OffsetDateTime.ofInstant(publishedAt, ZoneOffset.UTC);
            jdbc.sql("""
                            INSERT INTO articles (id, slug, headline, summary, section_id, published_at, updated_at,
                                                  access_level, status)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, slug, headline, "About " + headline, section.id(), at, at, accessLevel.name(), status)
                    .update();
            for (int i = 0; i < topics.size(); i++) {
                jdbc.sql("INSERT INTO article_topics (article_id, position, topic_id) VALUES (?, ?, ?)")
                        .params(id, i, topics.get(i).id()).update();
            }
            for (int i = 0; i < authors.size(); i++) {
                jdbc.sql("INSERT INTO article_contributors (article_id, position, author_id, role) VALUES (?, ?, ?, 'WRITER')")
                        .params(id, i, authors.get(i).id()).update();
            }
            return slug;
        }
    }

    UUID idOf(String slug) {
        return jdbc.sql("SELECT id FROM articles WHERE slug = ?").param(slug).query(UUID.class).single();
    }
}
