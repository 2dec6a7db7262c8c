package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.util.UUID;

import org.broadsheet.content.article.Articles;
import org.broadsheet.content.article.Newsroom;
import org.broadsheet.content.rules.RuleBooks;
import org.broadsheet.content.rules.RuleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Rules stored, in force at once on this instance, and picked up by another instance at its next refresh. */
@ContentIntegrationTest
class AccessRulesIntegrationTests {

    @Autowired
    AccessRules rules;
    @Autowired
    RuleStore store;
    @Autowired
    RuleBooks books;
    @Autowired
    ArticleGate gate;
    @Autowired
    Newsroom newsroom;
    @Autowired
    ReaderEntitlements entitlements;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestClock clock;

    @BeforeEach
    void fileCatalog() {
        clock.set(ContentIntegrationTest.NOW);
        given(entitlements.entitlementOf(any())).willReturn(ReaderEntitlement.none());
        Articles.fileCatalog(newsroom);
    }

    @Test
    void gatesAnArticleTheMomentARuleIsCreatedAndNamesTheRule() {
        String slug = Articles.slug("pinned");
        newsroom.publish(Articles.free(slug));

        AccessRule pin = rules.create(new AccessRuleDraft(AccessRuleKind.ARTICLE_PIN, "Pinned for subscribers", null,
                null, slug, AccessLevel.PREMIUM, null, null, null, null, null, null, null));

        ReadableArticle article = gate.peek(slug, ReaderFacts.anonymous(null)).orElseThrow();
        assertThat(article.accessLevel()).isEqualTo(AccessLevel.PREMIUM);
        assertThat(article.access().reason()).isEqualTo(AccessReason.SUBSCRIPTION_REQUIRED);
        assertThat(article.access().rule()).isEqualTo(new AppliedRule(pin.id(), AccessRuleKind.ARTICLE_PIN,
                "Pinned for subscribers"));
        assertThat(article.truncated()).isTrue();
        assertThat(rules.find(pin.id())).contains(pin);
    }

    @Test
    void picksUpAnotherInstancesChangeAtTheNextRefresh() {
        String slug = Articles.slug("elsewhere");
        newsroom.publish(Articles.free(slug));
        books.refresh();
        Instant now = ContentIntegrationTest.NOW;
        AccessRule fromElsewhere = new AccessRule(UUID.randomUUID(), AccessRuleKind.ARTICLE_PIN, "Pinned elsewhere",
                null, null, slug, AccessLevel.REGISTERED, null, null, null, null, null, null, null, now, now);

        // another instance writes the rule and raises the version; this one has not looked yet
        transactions.executeWithoutResult(status -> store.save(fromElsewhere));
        assertThat(gate.peek(slug, ReaderFacts.anonymous(null)).orElseThrow().access().reason())
                .isEqualTo(AccessReason.FREE);

        books.refresh();
        assertThat(gate.peek(slug, ReaderFacts.anonymous(null)).orElseThrow().access().reason())
                .isEqualTo(AccessReason.SIGN_IN_REQUIRED);
    }

    @Test
    void refusesASecondPinForTheSameArticle() {
        String slug = Articles.slug("twice");
        newsroom.publish(Articles.free(slug));
        rules.create(new AccessRuleDraft(AccessRuleKind.ARTICLE_PIN, "First pin", null, null, slug, AccessLevel.PREMIUM,
                null, null, null, null, null, null, null));

        assertThatThrownBy(() -> rules.create(new AccessRuleDraft(AccessRuleKind.ARTICLE_PIN, "Second pin", null, null,
                slug, AccessLevel.FREE, null, null, null, null, null, null, null)))
                .isInstanceOf(AccessRuleRejected.class).extracting("field").isEqualTo("article");
    }

    @Test
    void previewsTheDecisionForAReaderAndAMoment() {
        String slug = Articles.slug("preview");
        newsroom.publish(Articles.metered(slug));
        rules.create(new AccessRuleDraft(AccessRuleKind.ARTICLE_PIN, "Preview pin", null, null, slug,
                AccessLevel.PREMIUM, null, null, null, null, null, null, null));

        AccessPreview preview = rules.preview(slug, AccessPreview.PreviewReader.ANONYMOUS, null).orElseThrow();

        assertThat(preview.level()).isEqualTo(AccessLevel.PREMIUM);
        assertThat(preview.explanation()).contains("for an anonymous visitor",
                "PREMIUM because of rule 'Preview pin'; denied (SUBSCRIPTION_REQUIRED)");
        assertThat(rules.preview(slug, AccessPreview.PreviewReader.SUBSCRIBER, null).orElseThrow().decision().reason())
                .isEqualTo(AccessReason.SUBSCRIPTION);
        assertThat(rules.preview("no-such-article", AccessPreview.PreviewReader.ANONYMOUS, null)).isEmpty();
    }
}
