package org.broadsheet.content.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticleImage;
import org.broadsheet.content.ContentProperties;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.article.ArticleQueries;
import org.broadsheet.content.article.Newsroom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the demo newsroom into a database without articles, once: the seeding transaction holds a lock row,
 * so of several instances starting together exactly one seeds and the others then find articles.
 */
@Component
public class DemoNewsroom implements ApplicationRunner {

    static final String LOCK = "demo-newsroom";
    static final String LOCATION = "demo/newsroom.json";

    private static final Logger log = LoggerFactory.getLogger(DemoNewsroom.class);

    private final ContentProperties properties;
    private final Newsroom newsroom;
    private final ArticleQueries queries;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    DemoNewsroom(ContentProperties properties, Newsroom newsroom, ArticleQueries queries,
            PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.newsroom = newsroom;
        this.queries = queries;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData()) {
            return;
        }
        Resource file = new ClassPathResource(LOCATION);
        if (!file.exists()) {
            log.warn("Demo data is on but {} is not on the classpath; nothing seeded", LOCATION);
            return;
        }
        int seeded = seedIfEmpty(file);
        if (seeded > 0) {
            log.info("Seeded the demo newsroom: {} articles", seeded);
        }
    }

    /**
     * Seeds the newsroom in {@code file} when there are no articles, in one transaction that first locks the
     * seeding row; returns how many articles it seeded (0 when there were articles already).
     */
    public int seedIfEmpty(Resource file) {
        Integer seeded = transaction.execute(status -> seedLocked(file));
        return seeded == null ? 0 : seeded;
    }

    private int seedLocked(Resource file) {
        // Instances starting together queue here; the first seeds, the others then find its articles.
        jdbc.queryForList("select name from content_locks where name = ? for update", String.class, LOCK);
        if (queries.articleCount() > 0) {
            return 0;
        }
        NewsroomFile content = read(file);
        for (int i = 0; i < content.sections().size(); i++) {
            NewsroomFile.Entry section = content.sections().get(i);
            newsroom.section(section.key(), section.name(), i);
        }
        content.topics().forEach(topic -> newsroom.topic(topic.key(), topic.name()));
        content.authors().forEach(author -> newsroom.author(author.key(), author.name(), author.bio()));
        for (NewsroomFile.Story story : content.articles()) {
            newsroom.publish(draftOf(story));
        }
        for (NewsroomFile.Story story : content.articles()) {
            if (story.related() != null && !story.related().isEmpty()) {
                newsroom.relate(story.slug(), story.related());
            }
        }
        return content.articles().size();
    }

    private NewsroomFile read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return json.readValue(in, NewsroomFile.class);
        }
        catch (IOException unreadable) {
            throw new IllegalStateException("Cannot read demo newsroom " + file, unreadable);
        }
    }

    private static ArticleDraft draftOf(NewsroomFile.Story story) {
        NewsroomFile.Image image = story.image();
        return new ArticleDraft(story.slug(), story.headline(), story.summary(), story.section(),
                orEmpty(story.topics()), orEmpty(story.authors()), orEmpty(story.editors()), story.dateline(),
                OffsetDateTime.parse(story.publishedAt()).toInstant(),
                story.updatedAt() == null ? null : OffsetDateTime.parse(story.updatedAt()).toInstant(),
                AccessLevel.valueOf(story.accessLevel()),
                image == null || image.path() == null ? null : new ArticleImage(image.path(), image.caption(), image.credit()),
                story.agencyCredit(), orEmpty(story.paragraphs()));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
