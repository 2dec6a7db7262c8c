package org.broadsheet.web.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.content.Newsletters;
import org.broadsheet.web.ApiReaders;
import org.broadsheet.web.ApiReaders.ApiReader;
import org.broadsheet.web.FeatureContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The newsletter calls of the contract, the account page's form, export and erasure, with real accounts and tokens. */
@FeatureContext
class NewsletterApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiReaders readers;
    @Autowired
    Newsletters newsletters;
    @Autowired
    ReaderAccounts accounts;

    @Test
    void listsTheCatalogueToAnyone() throws Exception {
        mvc.perform(get("/api/v1/newsletters"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.key == 'morning-briefing')].name").value("Morning Briefing"))
                .andExpect(jsonPath("$.items[?(@.key == 'opinion')].section").value("opinion"))
                .andExpect(jsonPath("$.items[?(@.key == 'business')].schedule").isNotEmpty())
                .andExpect(jsonPath("$.items[0].description").isNotEmpty());
    }

    @Test
    void subscribesAndUnsubscribesIdempotently() throws Exception {
        ApiReader reader = readers.register("Newsletter Reader");

        for (int i = 0; i < 2; i++) {
            mvc.perform(put("/api/v1/me/newsletters/business").header("Authorization", reader.bearer()))
                    .andExpect(status().isNoContent());
        }
        mvc.perform(get("/api/v1/me/newsletters").header("Authorization", reader.bearer()))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].key").value("business"));
        mvc.perform(get("/api/v1/newsletters").header("Authorization", reader.bearer()))
                .andExpect(jsonPath("$.items[?(@.key == 'business')].subscribed").value(true))
                .andExpect(jsonPath("$.items[?(@.key == 'opinion')].subscribed").value(false));

        for (int i = 0; i < 2; i++) {
            mvc.perform(delete("/api/v1/me/newsletters/business").header("Authorization", reader.bearer()))
                    .andExpect(status().isNoContent());
        }
        mvc.perform(get("/api/v1/me/newsletters").header("Authorization", reader.bearer()))
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void answersNotFoundProblemForAnUnknownNewsletter() throws Exception {
        ApiReader reader = readers.register("Curious Reader");

        mvc.perform(put("/api/v1/me/newsletters/no-such-letter").header("Authorization", reader.bearer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.type").isNotEmpty());
        mvc.perform(delete("/api/v1/me/newsletters/no-such-letter").header("Authorization", reader.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesChoicesWithoutAToken() throws Exception {
        mvc.perform(put("/api/v1/me/newsletters/business")).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/me/newsletters/business")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me/newsletters")).andExpect(status().isUnauthorized());
    }

    @Test
    void accountPageFormReplacesTheChoices() throws Exception {
        ApiReader reader = readers.register("Form Reader");
        newsletters.subscribe(reader.id(), "business");

        mvc.perform(get("/account/newsletters").with(user(readers.principal(reader))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Morning Briefing")));
        mvc.perform(post("/account/newsletters").with(user(readers.principal(reader))).with(csrf())
                        .param("newsletter", "morning-briefing").param("newsletter", "opinion"))
                .andExpect(status().is3xxRedirection());

        assertThat(newsletters.choicesOf(reader.id())).containsExactlyInAnyOrder("morning-briefing", "opinion");
    }

    @Test
    void exportCarriesTheChoicesAndAccountDeletionErasesThem() throws Exception {
        ApiReader reader = readers.register("Leaving Reader");
        mvc.perform(put("/api/v1/me/newsletters/opinion").header("Authorization", reader.bearer()))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/me/export").header("Authorization", reader.bearer()))
                .andExpect(jsonPath("$.newsletters.subscribed[0]").value("opinion"));
        mvc.perform(delete("/api/v1/me").header("Authorization", reader.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"" + ApiReaders.PASSWORD + "\"}"))
                .andExpect(status().isNoContent());

        assertThat(newsletters.choicesOf(reader.id())).isEmpty();
    }

    @Test
    void editorsFileNewslettersWhileReadersAndStrangersAreTurnedAway() throws Exception {
        ApiReader editor = readers.register("Newsletter Editor");
        accounts.setRoles(editor.id(), Set.of(Role.READER, Role.EDITOR));
        ApiReader reader = readers.register("Plain Reader");
        String body = "{\"name\":\"Science Weekly\",\"description\":\"Discoveries of the week\","
                + "\"schedule\":\"Saturdays at 9 am\",\"sendCron\":\"0 0 9 * * SAT\",\"section\":\"\"}";

        mvc.perform(put("/api/v1/staff/newsletters/science-weekly").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/staff/newsletters/science-weekly").header("Authorization", reader.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/staff/newsletters/science-weekly").header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value("science-weekly"))
                .andExpect(jsonPath("$.name").value("Science Weekly"))
                .andExpect(jsonPath("$.active").value(true));
        mvc.perform(put("/api/v1/staff/newsletters/science-weekly").header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"sendCron\":\"every saturday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sendCron"));

        mvc.perform(get("/api/v1/newsletters"))
                .andExpect(jsonPath("$.items[?(@.key == 'science-weekly')].name").value("Science Weekly"));
        mvc.perform(get("/api/v1/staff/newsletters").header("Authorization", editor.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.key == 'science-weekly')].sendCron").value("0 0 9 * * SAT"));
        mvc.perform(get("/api/v1/staff/newsletters").header("Authorization", reader.bearer()))
                .andExpect(status().isForbidden());
    }
}
