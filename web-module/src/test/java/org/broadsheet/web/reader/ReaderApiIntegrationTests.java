package org.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.ReaderData;
import org.broadsheet.content.ReadingHistory;
import org.broadsheet.web.Articles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The reader features of CONTRACT.md through the JSON API, with real accounts and bearer tokens. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ Articles.class, Readers.class })
class ReaderApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Articles articles;
    @Autowired
    Readers readers;
    @Autowired
    ReaderData readerData;
    @Autowired
    ReadingHistory history;

    private static MockHttpServletRequestBuilder as(Readers.Reader reader, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, reader.bearer());
    }

    @Test
    void savingTwiceAndRemovingTwiceAnswersNoContentAndKeepsOneEntry() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published story = articles.premium();

        mvc.perform(as(reader, put("/api/v1/me/saved/{slug}", story.slug()))).andExpect(status().isNoContent());
        mvc.perform(as(reader, put("/api/v1/me/saved/{slug}", story.slug()))).andExpect(status().isNoContent());
        mvc.perform(as(reader, get("/api/v1/me/saved")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].slug").value(story.slug()))
                .andExpect(jsonPath("$.items[0].headline").value(story.headline()))
                .andExpect(jsonPath("$.items[0].savedAt").isString());

        mvc.perform(as(reader, delete("/api/v1/me/saved/{slug}", story.slug()))).andExpect(status().isNoContent());
        mvc.perform(as(reader, delete("/api/v1/me/saved/{slug}", story.slug()))).andExpect(status().isNoContent());
        mvc.perform(as(reader, get("/api/v1/me/saved"))).andExpect(jsonPath("$.items", empty()));
    }

    @Test
    void answersNotFoundProblemForAnUnknownSlug() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");

        mvc.perform(as(reader, put("/api/v1/me/saved/no-such-story")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.detail").isString());
        mvc.perform(as(reader, delete("/api/v1/me/saved/no-such-story"))).andExpect(status().isNotFound());
    }

    @Test
    void listsSavedArticlesNewestFirstInPages() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published first = articles.free();
        Articles.Published second = articles.metered();
        Articles.Published third = articles.registered();
        for (Articles.Published story : new Articles.Published[] {first, second, third}) {
            mvc.perform(as(reader, put("/api/v1/me/saved/{slug}", story.slug()))).andExpect(status().isNoContent());
        }

        mvc.perform(as(reader, get("/api/v1/me/saved").param("size", "2")))
                .andExpect(jsonPath("$.items[*].slug", contains(third.slug(), second.slug())))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(as(reader, get("/api/v1/me/saved").param("page", "1").param("size", "2")))
                .andExpect(jsonPath("$.items[*].slug", contains(first.slug())));
    }

    @Test
    void rejectsAPageSizeAboveOneHundred() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");

        mvc.perform(as(reader, get("/api/v1/me/saved").param("size", "101")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void followingTwiceAndUnfollowingTwiceAnswersNoContentAndKeepsOneFollow() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Desk desk = articles.desk();

        mvc.perform(as(reader, put("/api/v1/me/follows/topic/{key}", desk.topic()))).andExpect(status().isNoContent());
        mvc.perform(as(reader, put("/api/v1/me/follows/topic/{key}", desk.topic()))).andExpect(status().isNoContent());
        mvc.perform(as(reader, put("/api/v1/me/follows/author/{key}", desk.author()))).andExpect(status().isNoContent());
        mvc.perform(as(reader, put("/api/v1/me/follows/section/{key}", desk.section()))).andExpect(status().isNoContent());
        mvc.perform(as(reader, get("/api/v1/me/follows")))
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.items[?(@.kind == 'topic')].key", contains(desk.topic())))
                .andExpect(jsonPath("$.items[?(@.kind == 'topic')].name", contains(desk.topicName())))
                .andExpect(jsonPath("$.items[?(@.kind == 'author')].name", contains(desk.authorName())))
                .andExpect(jsonPath("$.items[?(@.kind == 'section')].name", contains(desk.sectionName())));

        mvc.perform(as(reader, delete("/api/v1/me/follows/topic/{key}", desk.topic()))).andExpect(status().isNoContent());
        mvc.perform(as(reader, delete("/api/v1/me/follows/topic/{key}", desk.topic()))).andExpect(status().isNoContent());
        mvc.perform(as(reader, get("/api/v1/me/follows")))
                .andExpect(jsonPath("$.items[*].kind", containsInAnyOrder("author", "section")));
    }

    @Test
    void answersNotFoundForAnUnknownKindOrKey() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Desk desk = articles.desk();

        mvc.perform(as(reader, put("/api/v1/me/follows/planet/{key}", desk.topic()))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(as(reader, put("/api/v1/me/follows/topic/no-such-topic"))).andExpect(status().isNotFound());
        mvc.perform(as(reader, put("/api/v1/me/follows/author/{key}", desk.topic()))).andExpect(status().isNotFound());
        mvc.perform(as(reader, delete("/api/v1/me/follows/section/no-such-section"))).andExpect(status().isNotFound());
    }

    @Test
    void recordsGrantedReadsOnlyOncePerArticleNewestFirst() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published free = articles.free();
        Articles.Published registered = articles.registered();
        Articles.Published premium = articles.premium();

        mvc.perform(as(reader, get("/api/v1/articles/{slug}", free.slug())))
                .andExpect(jsonPath("$.access.granted").value(true));
        mvc.perform(as(reader, get("/api/v1/articles/{slug}", registered.slug())))
                .andExpect(jsonPath("$.access.granted").value(true));
        mvc.perform(as(reader, get("/api/v1/articles/{slug}", free.slug())));
        mvc.perform(as(reader, get("/api/v1/articles/{slug}", premium.slug())))
                .andExpect(jsonPath("$.access.granted").value(false));

        mvc.perform(as(reader, get("/api/v1/me/history")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].slug", contains(free.slug(), registered.slug())))
                .andExpect(jsonPath("$.items[0].headline").value(free.headline()))
                .andExpect(jsonPath("$.items[0].lastReadAt").isString())
                .andExpect(jsonPath("$.items[0].readCount").value(2));
    }

    @Test
    void recordsNothingWhileTheReaderPausedMyReads() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published story = articles.free();
        history.setPaused(reader.id(), true);

        mvc.perform(as(reader, get("/api/v1/articles/{slug}", story.slug())))
                .andExpect(jsonPath("$.access.granted").value(true));

        mvc.perform(as(reader, get("/api/v1/me/history"))).andExpect(jsonPath("$.items", empty()));
    }

    @Test
    void ranksTheFeedForWhatTheReaderFollowsAndSaysWhy() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Desk desk = articles.desk();
        Articles.Published followed = articles.draft(AccessLevel.PREMIUM).on(desk)
                .publishedAt(Instant.now().minusSeconds(7200)).publish();
        Articles.Published newer = articles.draft(AccessLevel.FREE).publishedAt(Instant.now()).publish();
        mvc.perform(as(reader, put("/api/v1/me/follows/topic/{key}", desk.topic()))).andExpect(status().isNoContent());

        mvc.perform(as(reader, get("/api/v1/me/feed").param("size", "100")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personalized").value(true))
                .andExpect(jsonPath("$.items[0].slug").value(followed.slug()))
                .andExpect(jsonPath("$.items[0].headline").value(followed.headline()))
                .andExpect(jsonPath("$.items[0].accessLevel").value("PREMIUM"))
                .andExpect(jsonPath("$.items[0].publishedAt").isString())
                .andExpect(jsonPath("$.items[0].because", contains("You follow " + desk.topicName())))
                .andExpect(jsonPath("$.items[?(@.slug == '" + newer.slug() + "')].because[0]", contains("Latest")));
    }

    @Test
    void givesAReaderWhoFollowsNothingTheLatestWithSuggestions() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published newest = articles.draft(AccessLevel.FREE).publishedAt(Instant.now()).publish();

        mvc.perform(as(reader, get("/api/v1/me/feed")))
                .andExpect(jsonPath("$.personalized").value(false))
                .andExpect(jsonPath("$.items[0].slug").value(newest.slug()))
                .andExpect(jsonPath("$.items[0].because", contains("Latest")))
                .andExpect(jsonPath("$.suggestions", not(empty())));
    }

    @Test
    void exportsTheAccountAndEverythingTheReaderKeeps() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published saved = articles.free();
        Articles.Published read = articles.free();
        mvc.perform(as(reader, put("/api/v1/me/saved/{slug}", saved.slug())));
        mvc.perform(as(reader, put("/api/v1/me/follows/author/{key}", saved.desk().author())));
        mvc.perform(as(reader, get("/api/v1/articles/{slug}", read.slug())));

        mvc.perform(as(reader, get("/api/v1/me/export")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.account.id").value(reader.id().toString()))
                .andExpect(jsonPath("$.account.email").value(reader.email()))
                .andExpect(jsonPath("$.account.name").value("Asha Rao"))
                .andExpect(jsonPath("$.saved[*].slug", contains(saved.slug())))
                .andExpect(jsonPath("$.follows[0].kind").value("author"))
                .andExpect(jsonPath("$.follows[0].key").value(saved.desk().author()))
                .andExpect(jsonPath("$.history.paused").value(false))
                .andExpect(jsonPath("$.history.items[*].slug", contains(read.slug())))
                .andExpect(jsonPath("$.exportedAt").isString());
    }

    @Test
    void refusesToDeleteTheAccountWithoutTheRightPassword() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published saved = articles.free();
        mvc.perform(as(reader, put("/api/v1/me/saved/{slug}", saved.slug())));

        mvc.perform(as(reader, delete("/api/v1/me").contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"not it at all\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(as(reader, delete("/api/v1/me").contentType(MediaType.APPLICATION_JSON).content("{}")))
                .andExpect(status().isBadRequest());

        mvc.perform(as(reader, get("/api/v1/me"))).andExpect(status().isOk());
        assertThat(readerData.export(reader.id()).saved()).hasSize(1);
    }

    @Test
    void deletingTheAccountErasesPersonalDataAndEndsEveryToken() throws Exception {
        Readers.Reader reader = readers.register("Asha Rao");
        Articles.Published story = articles.free();
        mvc.perform(as(reader, put("/api/v1/me/saved/{slug}", story.slug())));
        mvc.perform(as(reader, put("/api/v1/me/follows/topic/{key}", story.desk().topic())));
        mvc.perform(as(reader, get("/api/v1/articles/{slug}", story.slug())));

        mvc.perform(as(reader, delete("/api/v1/me").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"" + Readers.PASSWORD + "\"}")))
                .andExpect(status().isNoContent());

        mvc.perform(as(reader, get("/api/v1/me"))).andExpect(status().isUnauthorized());
        mvc.perform(as(reader, get("/api/v1/me/saved"))).andExpect(status().isUnauthorized());
        var left = readerData.export(reader.id());
        assertThat(left.saved()).isEmpty();
        assertThat(left.follows()).isEmpty();
        assertThat(left.history()).isEmpty();
        mvc.perform(post("/api/v1/auth/token", reader.email())).andExpect(status().isUnauthorized());
    }

    private static MockHttpServletRequestBuilder post(String path, String email) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"password\":\"" + Readers.PASSWORD + "\"}");
    }

    @Test
    void answersUnauthorizedToEveryReaderRouteWithoutAToken() throws Exception {
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get("/api/v1/me/saved"), put("/api/v1/me/saved/x"), delete("/api/v1/me/saved/x"),
                get("/api/v1/me/follows"), put("/api/v1/me/follows/topic/x"), delete("/api/v1/me/follows/topic/x"),
                get("/api/v1/me/history"), get("/api/v1/me/feed"), get("/api/v1/me/export"), delete("/api/v1/me")}) {
            mvc.perform(request)
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }
}
