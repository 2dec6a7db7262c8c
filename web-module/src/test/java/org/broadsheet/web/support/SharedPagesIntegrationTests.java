package org.broadsheet.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.broadsheet.content.Newsdesk;
import org.broadsheet.web.ApiReaders;
import org.broadsheet.web.ApiReaders.ApiReader;
import org.broadsheet.web.Articles;
import org.broadsheet.web.Articles.Published;
import org.broadsheet.web.FeatureContext;
import org.broadsheet.web.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signed-out visitors in the same situation share one rendering of a page; nobody ever gets a page rendered for
 * someone else's situation.
 */
@FeatureContext
class SharedPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Articles articles;
    @Autowired
    ApiReaders readers;
    @Autowired
    Newsdesk newsdesk;
    @Autowired
    SharedPages shared;

    @Test
    void secondVisitorMeetingTheSamePaywallGetsThePageRenderedForTheFirst() throws Exception {
        Published story = articles.premium();

        String first = page(story, new Visitor());
        long hits = shared.stats().hitCount();
        String second = page(story, new Visitor());

        assertThat(second).isEqualTo(first).contains("This story is for subscribers", story.paragraph(1))
                .doesNotContain(story.paragraph(3));
        assertThat(shared.stats().hitCount()).isEqualTo(hits + 1);
    }

    @Test
    void eachVisitorSeesTheirOwnMeterCount() throws Exception {
        Published story = articles.metered();
        Published other = articles.metered();
        Visitor fresh = new Visitor();
        Visitor reader = new Visitor();
        page(other, reader);

        assertThat(page(story, fresh)).contains("2 free articles left this month");
        assertThat(page(story, reader)).contains("1 free article left this month").doesNotContain("2 free articles left");
        assertThat(page(story, new Visitor())).contains("2 free articles left this month");
    }

    @Test
    void visitorWithTheMeterUsedUpMeetsThePaywallWhereOthersReadInFull() throws Exception {
        Published story = articles.metered();
        Visitor exhausted = new Visitor();
        for (int i = 0; i < 3; i++) {
            page(articles.metered(), exhausted);
        }

        assertThat(page(story, new Visitor())).contains(story.paragraph(8));
        assertThat(page(story, exhausted)).contains("You have read all your free articles this month")
                .doesNotContain(story.paragraph(8));
        assertThat(page(story, new Visitor())).contains(story.paragraph(8));
    }

    @Test
    void signedInSubscriberNeverGetsTheSignedOutPageNorLeavesTheirsBehind() throws Exception {
        Published story = articles.premium();
        ApiReader subscriber = readers.entitled("Shared Pages Subscriber");
        page(story, new Visitor());

        String theirs = mvc.perform(get(story.path()).with(user(readers.principal(subscriber))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String next = page(story, new Visitor());

        assertThat(theirs).contains(story.paragraph(8), "Shared Pages Subscriber", "Sign out", "name=\"_csrf\"")
                .doesNotContain("This story is for subscribers");
        assertThat(next).contains("This story is for subscribers").doesNotContain(story.paragraph(8))
                .doesNotContain("Shared Pages Subscriber").doesNotContain("_csrf");
    }

    @Test
    void withdrawnStoryIsGoneAtOnceThoughItsPageWasShared() throws Exception {
        Published story = articles.premium();
        page(story, new Visitor());
        page(story, new Visitor());

        newsdesk.withdraw(story.slug());

        mvc.perform(get(story.path()).with(new Visitor())).andExpect(status().isNotFound());
    }

    @Test
    void sectionPageIsSharedAndShowsANewStoryAtOnce() throws Exception {
        Published first = articles.premium();
        String path = "/section/" + first.desk().section();
        String before = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).isEqualTo(before);

        Published second = articles.draft(first.level()).on(first.desk()).publish();

        assertThat(before).contains(first.headline()).doesNotContain(second.headline());
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains(second.headline());
    }

    private String page(Published story, Visitor visitor) throws Exception {
        MvcResult result = mvc.perform(get(story.path()).with(visitor)).andExpect(status().isOk()).andReturn();
        visitor.remember(result);
        return result.getResponse().getContentAsString();
    }
}
