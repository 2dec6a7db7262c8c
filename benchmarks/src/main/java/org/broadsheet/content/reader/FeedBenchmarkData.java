package org.broadsheet.content.reader;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a database with a newsroom of any size for the feed benchmark: sections, topics, authors and articles
 * spread over two years, plus a week of reads by other readers, all in batched inserts.
 */
public final class FeedBenchmarkData {

    static final int SECTIONS = 12;
    static final int TOPICS = 80;
    static final int AUTHORS = 200;
    private static final int BATCH = 2_000;
    private static final String[] ACCESS = {"FREE", "METERED", "METERED", "REGISTERED", "PREMIUM"};

    /** The keys of what was generated, to pick follows from. */
    public record Generated(List<String> sectionKeys, List<String> topicKeys, List<String> authorKeys, List<UUID> articleIds,
            Instant newest) {
    }

    private FeedBenchmarkData() {
    }

    /** Writes this many published articles (and their catalog) ending at now; deterministic for a seed. */
    public static Generated generate(JdbcTemplate jdbc, int articles, Instant now, long seed) {
        Random random = new Random(seed);
        String run = Long.toString(seed, 36) + "-" + UUID.randomUUID().toString().substring(0, 6);
        List<UUID> sections = catalog(jdbc, "sections", "section", SECTIONS, run, true);
        List<UUID> topics = catalog(jdbc, "topics", "topic", TOPICS, run, false);
        List<UUID> authors = catalog(jdbc, "authors", "author", AUTHORS, run, false);

        long span = Duration.ofDays(730).toSeconds();
        List<UUID> ids = new ArrayList<>(articles);
        List<Object[]> articleRows = new ArrayList<>();
        List<Object[]> topicRows = new ArrayList<>();
        List<Object[]> authorRows = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            ids.add(id);
            OffsetDateTime at = OffsetDateTime.ofInstant(now.minusSeconds((long) (random.nextDouble() * span)), ZoneOffset.UTC);
            articleRows.add(new Object[] {id, "bench-" + run + "-" + i, "Benchmark story " + i, "Summary of story " + i,
                    sections.get(random.nextInt(SECTIONS)), at, at, ACCESS[random.nextInt(ACCESS.length)], "PUBLISHED"});
            int topicCount = 1 + random.nextInt(3);
            for (int p = 0; p < topicCount; p++) {
                topicRows.add(new Object[] {id, p, topics.get(random.nextInt(TOPICS))});
            }
            int authorCount = 1 + random.nextInt(2);
            for (int p = 0; p < authorCount; p++) {
                authorRows.add(new Object[] {id, p, authors.get(random.nextInt(AUTHORS)), "WRITER"});
            }
            if (articleRows.size() >= BATCH) {
                flush(jdbc, articleRows, topicRows, authorRows);
            }
        }
        flush(jdbc, articleRows, topicRows, authorRows);
        readsOfTheWeek(jdbc, ids, now, random);
        return new Generated(keys(jdbc, "sections", run), keys(jdbc, "topics", run), keys(jdbc, "authors", run), ids, now);
    }

    /** Makes one reader have read some of the newest articles, as a returning reader would. */
    public static void readerHasRead(JdbcTemplate jdbc, UUID reader, List<UUID> articleIds, int count, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count && i < articleIds.size(); i++) {
            rows.add(new Object[] {reader, articleIds.get(i), at, at, 1});
        }
        jdbc.batchUpdate("INSERT INTO reader_reads (account_id, article_id, first_read_at, last_read_at, read_count)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows);
    }

    private static void readsOfTheWeek(JdbcTemplate jdbc, List<UUID> ids, Instant now, Random random) {
        List<Object[]> rows = new ArrayList<>();
        int readers = 500;
        for (int r = 0; r < readers; r++) {
            UUID reader = UUID.randomUUID();
            for (int i = 0; i < 10; i++) {
                // popular articles: a skewed pick among a few hundred
                UUID article = ids.get((int) Math.min(ids.size() - 1, Math.abs(random.nextGaussian()) * 100));
                OffsetDateTime at = OffsetDateTime.ofInstant(now.minusSeconds(random.nextInt(7 * 24 * 3600)), ZoneOffset.UTC);
                rows.add(new Object[] {reader, article, at, at, 1 + random.nextInt(3)});
            }
        }
        jdbc.batchUpdate("INSERT INTO reader_reads (account_id, article_id, first_read_at, last_read_at, read_count)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows);
    }

    private static List<UUID> catalog(JdbcTemplate jdbc, String table, String word, int count, String run, boolean positioned) {
        List<UUID> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            String key = word + "-" + run + "-" + i;
            String name = Character.toUpperCase(word.charAt(0)) + word.substring(1) + " " + i;
            rows.add(positioned ? new Object[] {id, key, name, i} : new Object[] {id, key, name});
        }
        jdbc.batchUpdate(positioned
                ? "INSERT INTO " + table + " (id, ref_key, name, position) VALUES (?, ?, ?, ?)"
                : "INSERT INTO " + table + " (id, ref_key, name) VALUES (?, ?, ?)", rows);
        return ids;
    }

    private static List<String> keys(JdbcTemplate jdbc, String table, String run) {
        return jdbc.queryForList("SELECT ref_key FROM " + table + " WHERE ref_key LIKE ? ORDER BY ref_key", String.class,
                "%-" + run + "-%");
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> articles, List<Object[]> topics, List<Object[]> authors) {
        if (articles.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO articles (id, slug, headline, summary, section_id, published_at, updated_at,"
                + " access_level, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", articles);
        jdbc.batchUpdate("INSERT INTO article_topics (article_id, position, topic_id) VALUES (?, ?, ?)", topics);
        jdbc.batchUpdate("INSERT INTO article_contributors (article_id, position, author_id, role) VALUES (?, ?, ?, ?)", authors);
        articles.clear();
        topics.clear();
        authors.clear();
    }
}
