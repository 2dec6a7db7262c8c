package org.broadsheet.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleImage;
import org.broadsheet.content.Newsdesk;
import org.springframework.boot.test.context.TestComponent;

/**
 * Object mother for articles: each one in its own freshly made section, topic, author and editor (so lists
 * filtered by them hold only what a test made), with eight numbered paragraphs, published through content's
 * {@link Newsdesk}.
 */
@TestComponent
public class Articles {

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Instant BASE = Instant.parse("2026-11-01T06:00:00Z");

    private final Newsdesk newsdesk;

    public Articles(Newsdesk newsdesk) {
        this.newsdesk = newsdesk;
    }

    public Published free() {
        return draft(AccessLevel.FREE).publish();
    }

    public Published metered() {
        return draft(AccessLevel.METERED).publish();
    }

    public Published registered() {
        return draft(AccessLevel.REGISTERED).publish();
    }

    public Published premium() {
        return draft(AccessLevel.PREMIUM).publish();
    }

    public Draft draft(AccessLevel level) {
        return new Draft(level);
    }

    /** Sets the "Also Read" list of an article. */
    public void relate(Published article, Published... related) {
        newsdesk.relate(article.slug(), java.util.Arrays.stream(related).map(Published::slug).toList());
    }

    /** A unique sentence to plant in an article and look for in responses. */
    public static String marker() {
        return "Marker sentence " + UUID.randomUUID().toString().replace("-", "") + " must stay behind the paywall.";
    }

    /** Newsroom keys unique to one test: a fresh section, topic and author. */
    public Desk desk() {
        String suffix = Long.toString(SEQUENCE.incrementAndGet()) + "-" + UUID.randomUUID().toString().substring(0, 6);
        Desk desk = new Desk("sec-" + suffix, "Section " + suffix, "top-" + suffix, "Topic " + suffix,
                "auth-" + suffix, "Author " + suffix, "ed-" + suffix, "Editor " + suffix);
        newsdesk.fileSection(desk.section(), desk.sectionName(), 100 + (int) SEQUENCE.get());
        newsdesk.fileTopic(desk.topic(), desk.topicName());
        newsdesk.fileAuthor(desk.author(), desk.authorName(), null);
        newsdesk.fileAuthor(desk.editor(), desk.editorName(), null);
        return desk;
    }

    public record Desk(String section, String sectionName, String topic, String topicName, String author,
            String authorName, String editor, String editorName) {
    }

    /** A published article as tests need to know it. */
    public record Published(String slug, String headline, String summary, AccessLevel level, Desk desk,
            List<String> paragraphs, Instant publishedAt) {

        public String paragraph(int number) {
            return paragraphs.get(number - 1);
        }

        public String path() {
            return "/article/" + slug;
        }
    }

    public final class Draft {

        private final AccessLevel level;
        private Desk desk;
        private Instant publishedAt;
        private final List<String> paragraphs = new ArrayList<>();
        private String slug;
        private ArticleImage image;
        private String headline;
        private String summary;

        private Draft(AccessLevel level) {
            this.level = level;
            this.slug = level.name().toLowerCase() + "-story-" + SEQUENCE.incrementAndGet() + "-"
                    + UUID.randomUUID().toString().substring(0, 8);
            for (int i = 1; i <= 8; i++) {
                paragraphs.add("Paragraph " + i + " of " + slug + " tells its part of the story in plain words.");
            }
            this.publishedAt = BASE.plus(SEQUENCE.get(), ChronoUnit.MINUTES);
        }

        public Draft on(Desk desk) {
            this.desk = desk;
            return this;
        }

        /** Files the article under this headline and standfirst instead of made-up ones. */
        public Draft headline(String headline, String summary) {
            this.headline = headline;
            this.summary = summary;
            return this;
        }

        /** Files the article with this lead image (a path the site serves) instead of a made-up one. */
        public Draft image(String path, String caption) {
            this.image = new ArticleImage(path, caption, "Broadsheet Photo");
            return this;
        }

        public Draft publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        /** Replaces paragraph {@code number} (from 1) with this text. */
        public Draft paragraph(int number, String text) {
            paragraphs.set(number - 1, text);
            return this;
        }

        public Published publish() {
            Desk filedOn = desk != null ? desk : desk();
            String headline = this.headline != null ? this.headline : "Headline of " + slug;
            String summary = this.summary != null ? this.summary : "Summary of " + slug + ", the standfirst a reader sees first.";
            newsdesk.publish(new ArticleDraft(slug, headline, summary, filedOn.section(), List.of(filedOn.topic()),
                    List.of(filedOn.author()), List.of(filedOn.editor()), "New Delhi", publishedAt,
                    publishedAt.plus(2, ChronoUnit.HOURS), level,
                    image != null ? image : new ArticleImage("/images/" + slug + ".jpg", "Caption of " + slug, "Broadsheet Photo"),
                    "Reuters", List.copyOf(paragraphs)));
            return new Published(slug, headline, summary, level, filedOn, List.copyOf(paragraphs), publishedAt);
        }
    }
}
