package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.UUID;

import org.broadsheet.content.article.Articles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@ContentIntegrationTest
@RecordApplicationEvents
class NewsdeskIntegrationTests {

    @Autowired
    Newsdesk newsdesk;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void fileCatalog() {
        newsdesk.fileSection(Articles.SECTION, "India", 0);
        newsdesk.fileTopic(Articles.TOPIC, "Monsoon");
        newsdesk.fileAuthor(Articles.WRITER, "Asha Rao", null);
        newsdesk.fileAuthor(Articles.EDITOR, "Meera Iyer", null);
    }

    @Test
    void announcesAnArticleWhenItGoesLiveButNotWhenItIsRewritten() {
        String slug = Articles.slug("desk");

        UUID id = newsdesk.publish(Articles.metered(slug));
        newsdesk.publish(Articles.premium(slug));

        assertThat(events.stream(ArticlePublished.class)).singleElement().satisfies(published -> {
            assertThat(published.articleId()).isEqualTo(id);
            assertThat(published.slug()).isEqualTo(slug);
            assertThat(published.section()).isEqualTo(Articles.SECTION);
        });
        assertThat(catalog.summary(slug).orElseThrow().accessLevel()).isEqualTo(AccessLevel.PREMIUM);
    }

    @Test
    void withdrawsAnArticleFromTheSite() {
        String slug = Articles.slug("desk");
        newsdesk.publish(Articles.free(slug));

        newsdesk.withdraw(slug);

        assertThat(catalog.summary(slug)).isEmpty();
    }

    @Test
    void refusesADraftNamingAnUnknownTopic() {
        ArticleDraft draft = Articles.filed(Articles.free(Articles.slug("desk")), Articles.SECTION,
                List.of("no-such-topic"), List.of(Articles.WRITER), List.of());

        assertThatIllegalArgumentException().isThrownBy(() -> newsdesk.publish(draft)).withMessageContaining("no-such-topic");
        assertThat(catalog.summary(draft.slug())).isEmpty();
    }
}
