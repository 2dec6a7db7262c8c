package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.util.List;
import java.util.UUID;

import org.broadsheet.content.article.Articles;
import org.broadsheet.content.article.Newsroom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@ContentIntegrationTest
@RecordApplicationEvents
class ArticleGateIntegrationTests {

    @Autowired
    ArticleGate gate;

    @Autowired
    Newsroom newsroom;

    @Autowired
    ReaderEntitlements entitlements;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void fileCatalog() {
        clock.set(ContentIntegrationTest.NOW);
        given(entitlements.entitlementOf(any())).willReturn(ReaderEntitlement.none());
        Articles.fileCatalog(newsroom);
    }

    @Test
    void givesAGrantedReaderEveryParagraph() {
        String slug = Articles.slug("premium");
        newsroom.publish(Articles.premium(slug));
        UUID subscriber = UUID.randomUUID();
        given(entitlements.entitlementOf(subscriber)).willReturn(ReaderEntitlement.of(ReaderEntitlement.Kind.TRIAL, null));

        ReadableArticle article = gate.read(slug, ReaderFacts.signedIn(subscriber, null, false)).orElseThrow();

        assertThat(article.access()).isEqualTo(new AccessDecision(true, AccessReason.TRIAL, null));
        assertThat(article.paragraphs()).containsExactlyElementsOf(Articles.paragraphs(slug, 8));
        assertThat(article.truncated()).isFalse();
    }

    @Test
    void givesADeniedReaderOnlyTheFirstTwoParagraphs() {
        String slug = Articles.slug("premium");
        newsroom.publish(Articles.premium(slug));

        ReadableArticle article = gate.read(slug, ReaderFacts.anonymous(visitor())).orElseThrow();

        assertThat(article.access().granted()).isFalse();
        assertThat(article.access().reason()).isEqualTo(AccessReason.SUBSCRIPTION_REQUIRED);
        assertThat(article.paragraphs()).containsExactly("Paragraph 1 of " + slug + ".", "Paragraph 2 of " + slug + ".");
        assertThat(article.truncated()).isTrue();
        assertThat(article.headline()).isEqualTo("Headline of " + slug);
        assertThat(article.summary()).isEqualTo("Summary of " + slug);
    }

    @Test
    void asksAnonymousReadersToSignInForRegisteredArticles() {
        String slug = Articles.slug("registered");
        newsroom.publish(Articles.registered(slug));

        ReadableArticle anonymous = gate.read(slug, ReaderFacts.anonymous(visitor())).orElseThrow();
        ReadableArticle signedIn = gate.read(slug, ReaderFacts.signedIn(UUID.randomUUID(), null, false)).orElseThrow();

        assertThat(anonymous.access().reason()).isEqualTo(AccessReason.SIGN_IN_REQUIRED);
        assertThat(anonymous.paragraphs()).hasSize(2);
        assertThat(signedIn.access().reason()).isEqualTo(AccessReason.REGISTERED);
        assertThat(signedIn.paragraphs()).hasSize(8);
    }

    @Test
    void letsStaffReadEverythingUnmetered() {
        String slug = Articles.slug("premium");
        newsroom.publish(Articles.premium(slug));

        ReadableArticle article = gate.read(slug, ReaderFacts.signedIn(UUID.randomUUID(), null, true)).orElseThrow();

        assertThat(article.access()).isEqualTo(new AccessDecision(true, AccessReason.STAFF, null));
        assertThat(article.paragraphs()).hasSize(8);
    }

    @Test
    void findsNothingForAnUnknownOrUnpublishedSlug() {
        String withdrawn = Articles.slug("withdrawn");
        newsroom.publish(Articles.free(withdrawn));
        newsroom.unpublish(withdrawn);

        assertThat(gate.read("no-such-article", ReaderFacts.anonymous(visitor()))).isEmpty();
        assertThat(gate.peek("no-such-article", ReaderFacts.anonymous(visitor()))).isEmpty();
        assertThat(gate.read(withdrawn, ReaderFacts.anonymous(visitor()))).isEmpty();
    }

    @Test
    void publishesArticleReadOnlyForGrantedReads() {
        String free = Articles.slug("free");
        newsroom.publish(Articles.free(free));
        String premium = Articles.slug("premium");
        newsroom.publish(Articles.premium(premium));
        UUID account = UUID.randomUUID();

        gate.read(free, ReaderFacts.signedIn(account, null, false));
        gate.read(premium, ReaderFacts.signedIn(account, null, false));
        gate.peek(free, ReaderFacts.signedIn(account, null, false));

        List<ArticleRead> reads = events.stream(ArticleRead.class).toList();
        assertThat(reads).singleElement().satisfies(read -> {
            assertThat(read.slug()).isEqualTo(free);
            assertThat(read.accountId()).isEqualTo(account);
            assertThat(read.at()).isEqualTo(ContentIntegrationTest.NOW);
        });
    }

    @Test
    void carriesTheBylineImageCreditsAndAlsoReadButNoRelatedBody() {
        String main = Articles.slug("main");
        String related = Articles.slug("related");
        newsroom.publish(Articles.free(related));
        newsroom.publish(Articles.free(main));
        newsroom.relate(main, List.of(related));

        ReadableArticle article = gate.read(main, ReaderFacts.anonymous(visitor())).orElseThrow();

        assertThat(article.section()).isEqualTo(new CatalogRef(Articles.SECTION, "India"));
        assertThat(article.authors()).containsExactly(new CatalogRef(Articles.WRITER, "Asha Rao"));
        assertThat(article.editors()).containsExactly(new CatalogRef(Articles.EDITOR, "Meera Iyer"));
        assertThat(article.dateline()).isEqualTo("MUMBAI");
        assertThat(article.agencyCredit()).isEqualTo("With inputs from PTI");
        assertThat(article.image()).isEqualTo(new ArticleImage("/images/demo/rain.svg", "Rain over the city", "Broadsheet"));
        assertThat(article.related()).extracting(ArticleSummary::slug).containsExactly(related);
    }

    private static String visitor() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 22);
    }
}
