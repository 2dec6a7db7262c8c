package org.broadsheet.web.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.broadsheet.content.FollowKind;
import org.broadsheet.content.ReaderData;
import org.broadsheet.content.ReaderDataExport;
import org.broadsheet.web.Articles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A second reader, with a token and a session of their own, tries every reader route against the first reader's
 * data: nothing of reader A is visible or changeable, and no route takes a reader's id.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ Articles.class, Readers.class })
class ReaderIsolationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Articles articles;
    @Autowired
    Readers readers;
    @Autowired
    ReaderData readerData;

    Readers.Reader alice;
    Readers.Reader bob;
    Articles.Published saved;
    Articles.Published read;
    ReaderDataExport before;

    @BeforeEach
    void aliceHasSavedFollowedAndRead() throws Exception {
        alice = readers.register("Alice Menon");
        bob = readers.register("Bob Kurian");
        saved = articles.free();
        read = articles.free();
        mvc.perform(as(alice, put("/api/v1/me/saved/{slug}", saved.slug()))).andExpect(status().isNoContent());
        mvc.perform(as(alice, put("/api/v1/me/follows/topic/{key}", saved.desk().topic()))).andExpect(status().isNoContent());
        mvc.perform(as(alice, get("/api/v1/articles/{slug}", read.slug()))).andExpect(status().isOk());
        before = readerData.export(alice.id());
        assertThat(before.saved()).hasSize(1);
        assertThat(before.follows()).hasSize(1);
        assertThat(before.history()).hasSize(1);
    }

    private static MockHttpServletRequestBuilder as(Readers.Reader reader, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, reader.bearer());
    }

    @Test
    void aSecondReaderSeesNoneOfTheFirstReadersDataThroughTheApi() throws Exception {
        mvc.perform(as(bob, get("/api/v1/me/saved"))).andExpect(jsonPath("$.items", empty()));
        mvc.perform(as(bob, get("/api/v1/me/follows"))).andExpect(jsonPath("$.items", empty()));
        mvc.perform(as(bob, get("/api/v1/me/history"))).andExpect(jsonPath("$.items", empty()));
        mvc.perform(as(bob, get("/api/v1/me/export")))
                .andExpect(jsonPath("$.account.email").value(bob.email()))
                .andExpect(jsonPath("$.saved", empty()))
                .andExpect(jsonPath("$.follows", empty()))
                .andExpect(jsonPath("$.history.items", empty()))
                .andExpect(content().string(not(containsString(alice.id().toString()))))
                .andExpect(content().string(not(containsString(alice.email()))));
        mvc.perform(as(bob, get("/api/v1/me/feed")))
                .andExpect(jsonPath("$.personalized").value(false))
                .andExpect(content().string(not(containsString("You follow"))))
                .andExpect(content().string(not(containsString("whom you follow"))));
    }

    @Test
    void aSecondReaderCannotChangeTheFirstReadersData() throws Exception {
        mvc.perform(as(bob, delete("/api/v1/me/saved/{slug}", saved.slug()))).andExpect(status().isNoContent());
        mvc.perform(as(bob, delete("/api/v1/me/follows/topic/{key}", saved.desk().topic()))).andExpect(status().isNoContent());
        mvc.perform(as(bob, put("/api/v1/me/saved/{slug}", read.slug()))).andExpect(status().isNoContent());
        mvc.perform(as(bob, delete("/api/v1/me").contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\":\"" + Readers.PASSWORD + "x\"}"))).andExpect(status().isBadRequest());

        assertThat(readerData.export(alice.id())).isEqualTo(before);
        mvc.perform(as(alice, get("/api/v1/me"))).andExpect(status().isOk());
    }

    @Test
    void noRouteTakesAnotherReadersId() throws Exception {
        String id = alice.id().toString();
        mvc.perform(as(bob, get("/api/v1/me/feed?accountId=" + id)))
                .andExpect(jsonPath("$.personalized").value(false))
                .andExpect(content().string(not(containsString("You follow"))));
        for (String path : new String[] {"/api/v1/me/saved?accountId=" + id, "/api/v1/me/history?accountId=" + id,
                "/api/v1/me/follows?accountId=" + id, "/api/v1/me/export?accountId=" + id}) {
            mvc.perform(as(bob, get(path)))
                    .andExpect(content().string(not(containsString(saved.slug()))))
                    .andExpect(content().string(not(containsString(read.slug()))))
                    .andExpect(content().string(not(containsString(alice.email()))));
        }
        for (String path : new String[] {"/api/v1/readers/" + id + "/saved", "/api/v1/me/" + id + "/saved",
                "/api/v1/accounts/" + id + "/history", "/api/v1/me/saved/" + id + "/" + saved.slug()}) {
            mvc.perform(as(bob, get(path))).andExpect(status().is4xxClientError());
        }
        mvc.perform(as(bob, delete("/api/v1/me/" + id))).andExpect(status().is4xxClientError());
        assertThat(readerData.export(alice.id())).isEqualTo(before);
    }

    @Test
    void aSecondReadersSessionSeesAndChangesNothingOfTheFirstReaderOnThePages() throws Exception {
        mvc.perform(get("/feed").with(user(bob.principal())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("You follow"))))
                .andExpect(content().string(not(containsString("Remove from Saved"))));
        for (String page : new String[] {"/account/saved", "/account/following", "/account/history", "/account/export"}) {
            mvc.perform(get(page).with(user(bob.principal())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(saved.headline()))))
                    .andExpect(content().string(not(containsString(read.headline()))))
                    .andExpect(content().string(not(containsString(saved.desk().topicName()))));
        }
        mvc.perform(post("/account/saved/{slug}/delete", saved.slug()).with(user(bob.principal())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/account/following/topic/{key}/delete", saved.desk().topic()).with(user(bob.principal())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/account/history/{slug}/delete", read.slug()).with(user(bob.principal())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/account/history/clear").with(user(bob.principal())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/account/history/paused").param("paused", "true").with(user(bob.principal())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/account/delete").param("password", "wrong password!").with(user(bob.principal())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(readerData.export(alice.id())).isEqualTo(before);
        assertThat(readerData.export(alice.id()).follows()).extracting(f -> f.kind()).containsExactly(FollowKind.TOPIC);
    }
}
