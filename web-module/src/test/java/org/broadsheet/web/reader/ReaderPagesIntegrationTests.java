package org.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.FollowKind;
import org.broadsheet.content.Follows;
import org.broadsheet.content.ReaderData;
import org.broadsheet.content.ReadingHistory;
import org.broadsheet.content.SavedArticles;
import org.broadsheet.web.Articles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The reader's pages and the save and follow buttons, as a browser without JavaScript uses them. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ Articles.class, Readers.class })
class ReaderPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Articles articles;
    @Autowired
    Readers readers;
    @Autowired
    SavedArticles saved;
    @Autowired
    Follows follows;
    @Autowired
    ReadingHistory history;
    @Autowired
    ReaderData readerData;

    private Document page(String path, Readers.Reader reader) throws Exception {
        String html = mvc.perform(get(path).with(user(reader.principal())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void savesAStoryFromItsPageWithAPlainFormAndSaysStorySaved() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published story = articles.premium();
        Document article = page(story.path(), reader);
        var form = article.selectFirst("form.reader-toggle[action$=/account/saved/" + story.slug() + "]");
        assertThat(form).isNotNull();
        assertThat(form.selectFirst("input[name=_csrf]")).isNotNull();
        assertThat(form.selectFirst("input[name=returnTo]").val()).isEqualTo(story.path());

        var result = mvc.perform(post("/account/saved/{slug}", story.slug()).param("returnTo", story.path())
                        .with(user(reader.principal())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(story.path()))
                .andExpect(flash().attribute("readerNotice", "Story Saved"))
                .andReturn();

        assertThat(saved.isSaved(reader.id(), story.slug())).isTrue();
        String after = mvc.perform(get(story.path()).with(user(reader.principal()))
                        .cookie(result.getResponse().getCookies()))
                .andReturn().getResponse().getContentAsString();
        Document shown = Jsoup.parse(after);
        assertThat(shown.select(".reader-notice").text()).contains("Story Saved");
        assertThat(shown.selectFirst("form.reader-toggle[action$=/account/saved/" + story.slug() + "/delete] button").text())
                .isEqualTo("Remove from Saved");
    }

    @Test
    void answersTheScriptWithJsonSoTheButtonChangesInPlace() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published story = articles.free();

        mvc.perform(post("/account/saved/{slug}", story.slug()).accept(MediaType.APPLICATION_JSON)
                        .with(user(reader.principal())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value(true))
                .andExpect(jsonPath("$.message").value("Story Saved"))
                .andExpect(jsonPath("$.action").value("/account/saved/" + story.slug() + "/delete"));
    }

    @Test
    void refusesAFormPostWithoutTheCsrfToken() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published story = articles.free();

        mvc.perform(post("/account/saved/{slug}", story.slug()).with(user(reader.principal())))
                .andExpect(status().isForbidden());
        assertThat(saved.isSaved(reader.id(), story.slug())).isFalse();
    }

    @Test
    void neverRedirectsAButtonToAnotherSite() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published story = articles.free();

        mvc.perform(post("/account/saved/{slug}", story.slug()).param("returnTo", "//evil.example/")
                        .with(user(reader.principal())).with(csrf()))
                .andExpect(redirectedUrl("/account/saved"));
    }

    @Test
    void showsSaveButtonsOnListItemsAndFollowButtonsOnTopicAuthorAndSectionPages() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published story = articles.free();
        Articles.Desk desk = story.desk();

        Document topic = page("/topic/" + desk.topic(), reader);
        assertThat(topic.select("form.reader-toggle[action$=/account/saved/" + story.slug() + "]")).hasSize(1);
        assertThat(topic.select("form.reader-toggle[action$=/account/following/topic/" + desk.topic() + "]")).hasSize(1);
        assertThat(page("/author/" + desk.author(), reader)
                .select("form[action$=/account/following/author/" + desk.author() + "]")).hasSize(1);
        assertThat(page("/section/" + desk.section(), reader)
                .select("form[action$=/account/following/section/" + desk.section() + "]")).hasSize(1);
        Document article = page(story.path(), reader);
        assertThat(article.select("form[action$=/account/following/topic/" + desk.topic() + "]")).hasSize(1);
        assertThat(article.select("form[action$=/account/following/author/" + desk.author() + "]")).hasSize(1);
    }

    @Test
    void showsNoReaderButtonsToAnAnonymousVisitor() throws Exception {
        Articles.Published story = articles.free();

        mvc.perform(get(story.path()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("reader-toggle"))));
    }

    @Test
    void sendsAnAnonymousVisitorToSignInForTheReaderPages() throws Exception {
        for (String path : new String[] {"/account/saved", "/account/following", "/account/history", "/feed"}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void followsFromATopicPageAndCountsNewArticlesOnTheFollowingPage() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Desk desk = articles.desk();
        String topicPage = "/topic/" + desk.topic();

        mvc.perform(post("/account/following/topic/{key}", desk.topic()).param("returnTo", topicPage)
                        .with(user(reader.principal())).with(csrf()))
                .andExpect(redirectedUrl(topicPage));
        assertThat(follows.isFollowing(reader.id(), FollowKind.TOPIC, desk.topic())).isTrue();
        page("/account/following", reader);
        articles.draft(AccessLevel.FREE).on(desk).publishedAt(Instant.now()).publish();
        articles.draft(AccessLevel.FREE).on(desk).publishedAt(Instant.now()).publish();

        Document following = page("/account/following", reader);
        assertThat(following.select(".following-list li").text()).contains(desk.topicName()).contains("2 new articles");
        assertThat(page("/account/following", reader).select(".following-list li").text())
                .contains("No new articles since your last visit");

        mvc.perform(post("/account/following/topic/{key}/delete", desk.topic()).with(user(reader.principal())).with(csrf()))
                .andExpect(redirectedUrl("/account/following"));
        assertThat(follows.isFollowing(reader.id(), FollowKind.TOPIC, desk.topic())).isFalse();
    }

    @Test
    void listsSavedArticlesWithRemove() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published story = articles.registered();
        saved.save(reader.id(), story.slug());

        Document list = page("/account/saved", reader);
        assertThat(list.select(".reader-list h2").text()).isEqualTo(story.headline());
        assertThat(list.select("form[action$=/account/saved/" + story.slug() + "/delete] button").text()).isEqualTo("Remove");
        assertThat(list.selectFirst("main#main")).isNotNull();
    }

    @Test
    void pausesRemovesAndClearsMyReads() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published one = articles.free();
        Articles.Published two = articles.free();
        page(one.path(), reader);
        page(two.path(), reader);
        assertThat(page("/account/history", reader).select(".reader-list h2").eachText())
                .containsExactly(two.headline(), one.headline());

        mvc.perform(post("/account/history/{slug}/delete", two.slug()).with(user(reader.principal())).with(csrf()))
                .andExpect(redirectedUrl("/account/history"));
        assertThat(page("/account/history", reader).select(".reader-list h2").eachText()).containsExactly(one.headline());

        mvc.perform(post("/account/history/paused").param("paused", "true").with(user(reader.principal())).with(csrf()))
                .andExpect(redirectedUrl("/account/history"));
        page(two.path(), reader);
        Document paused = page("/account/history", reader);
        assertThat(paused.select(".reader-list h2").eachText()).containsExactly(one.headline());
        assertThat(paused.text()).contains("Recording is paused");

        mvc.perform(post("/account/history/clear").with(user(reader.principal())).with(csrf()))
                .andExpect(redirectedUrl("/account/history"));
        assertThat(page("/account/history", reader).select(".reader-list h2")).isEmpty();
    }

    @Test
    void explainsEachStoryOfTheFeed() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published story = articles.draft(AccessLevel.FREE).publishedAt(Instant.now().minusSeconds(600)).publish();
        follows.follow(reader.id(), FollowKind.AUTHOR, story.desk().author());

        Document feed = page("/feed", reader);

        var item = feed.select(".feed-list > li").first();
        assertThat(item.select("h2").text()).isEqualTo(story.headline());
        assertThat(item.select(".because li").eachText())
                .containsExactly("From " + story.desk().authorName() + ", whom you follow");
    }

    @Test
    void downloadsTheReadersDataAndDeletesTheAccountWithThePassword() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published story = articles.free();
        saved.save(reader.id(), story.slug());

        mvc.perform(get("/account/export").with(user(reader.principal())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.account.email").value(reader.email()))
                .andExpect(jsonPath("$.saved[0].slug").value(story.slug()));

        mvc.perform(post("/account/delete").param("password", Readers.PASSWORD).with(user(reader.principal())).with(csrf()))
                .andExpect(redirectedUrl("/?account-deleted"));
        assertThat(readerData.export(reader.id()).saved()).isEmpty();
    }
}
