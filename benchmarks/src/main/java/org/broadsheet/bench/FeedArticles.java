package org.broadsheet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.content.reader.FeedBenchmarkData;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a running Broadsheet's database with generated published articles (as the feed benchmark does) through a
 * second JDBC connection, and writes 20 keys to follow (3 sections, 10 topics, 7 authors) as {@code kind/key} lines.
 * Arguments: JDBC URL, user, password, how many articles, the output file.
 */
public final class FeedArticles {

    private FeedArticles() {
    }

    public static void main(String[] args) throws Exception {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(args[0], args[1], args[2], true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            long started = System.nanoTime();
            FeedBenchmarkData.Generated data = FeedBenchmarkData.generate(jdbc, Integer.parseInt(args[3]),
                    Instant.now().minusSeconds(60), 42);
            List<String> follows = new ArrayList<>();
            data.sectionKeys().subList(0, 3).forEach(k -> follows.add("section/" + k));
            data.topicKeys().subList(0, 10).forEach(k -> follows.add("topic/" + k));
            data.authorKeys().subList(0, 7).forEach(k -> follows.add("author/" + k));
            Files.write(Path.of(args[4]), follows);
            System.out.printf("generated %s articles in %.1f s%n", args[3], (System.nanoTime() - started) / 1e9);
        } finally {
            dataSource.destroy();
        }
    }
}
