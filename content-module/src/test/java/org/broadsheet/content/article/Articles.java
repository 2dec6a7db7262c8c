package org.broadsheet.content.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleImage;

/** Object mother for articles: a small newsroom and drafts with unique slugs. */
public final class Articles {

    public static final String SECTION = "india";
    public static final String OTHER_SECTION = "world";
    public static final String TOPIC = "monsoon";
    public static final String OTHER_TOPIC = "elections";
    public static final String WRITER = "asha-rao";
    public static final String OTHER_WRITER = "vikram-sen";
    public static final String EDITOR = "meera-iyer";

    private Articles() {
    }

    /** Files the sections, topics and authors the drafts below refer to (idempotent). */
    public static void fileCatalog(Newsroom newsroom) {
        newsroom.section(SECTION, "India", 0);
        newsroom.section(OTHER_SECTION, "World", 1);
        newsroom.topic(TOPIC, "Monsoon");
        newsroom.topic(OTHER_TOPIC, "Elections");
        newsroom.author(WRITER, "Asha Rao", "Covers weather and farming.");
        newsroom.author(OTHER_WRITER, "Vikram Sen", null);
        newsroom.author(EDITOR, "Meera Iyer", "Deputy editor.");
    }

    public static ArticleDraft metered(String slug) {
        return draft(slug, AccessLevel.METERED);
    }

    public static ArticleDraft premium(String slug) {
        return draft(slug, AccessLevel.PREMIUM);
    }

    public static ArticleDraft free(String slug) {
        return draft(slug, AccessLevel.FREE);
    }

    public static ArticleDraft registered(String slug) {
        return draft(slug, AccessLevel.REGISTERED);
    }

    /** A unique slug with a readable prefix. */
    public static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A draft in India / Monsoon by Asha Rao, edited by Meera Iyer, with eight numbered paragraphs. */
    public static ArticleDraft draft(String slug, AccessLevel level) {
        return new ArticleDraft(slug, "Headline of " + slug, "Summary of " + slug, SECTION, List.of(TOPIC),
                List.of(WRITER), List.of(EDITOR), "MUMBAI", Instant.parse("2026-11-20T04:30:00Z"), null, level,
                new ArticleImage("/images/demo/rain.svg", "Rain over the city", "Broadsheet"), "With inputs from PTI",
                paragraphs(slug, 8));
    }

    public static List<String> paragraphs(String slug, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "Paragraph " + i + " of " + slug + ".").toList();
    }

    public static ArticleDraft publishedAt(ArticleDraft draft, Instant at) {
        return new ArticleDraft(draft.slug(), draft.headline(), draft.summary(), draft.section(), draft.topics(),
                draft.authors(), draft.editors(), draft.dateline(), at, draft.updatedAt(), draft.accessLevel(),
                draft.image(), draft.agencyCredit(), draft.paragraphs());
    }

    public static ArticleDraft filed(ArticleDraft draft, String section, List<String> topics, List<String> writers,
            List<String> editors) {
        return new ArticleDraft(draft.slug(), draft.headline(), draft.summary(), section, topics, writers,
                editors, draft.dateline(), draft.publishedAt(), draft.updatedAt(), draft.accessLevel(),
                draft.image(), draft.agencyCredit(), draft.paragraphs());
    }
}
