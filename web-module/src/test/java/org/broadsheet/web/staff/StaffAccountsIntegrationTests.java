package org.broadsheet.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.broadsheet.auth.Role;
import org.broadsheet.content.ArticlePublished;
import org.broadsheet.web.Articles;
import org.broadsheet.web.account.MovableClock;
import org.broadsheet.web.account.Readers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The staff API end to end with real accounts: what each action changes for the reader, and its audit. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:staff-accounts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "broadsheet.billing.jobs.enabled=false",
        "broadsheet.time-zone=Asia/Kolkata"})
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import({Articles.class, StaffPeople.class, MovableClock.Config.class})
class StaffAccountsIntegrationTests {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffPeople people;
    @Autowired
    Articles articles;
    @Autowired
    MovableClock clock;
    @Autowired
    ApplicationEvents events;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void compOpensPremiumWithReasonCompThroughTheEndOfThatDay() throws Exception {
        StaffPeople.Person support = people.register(mvc, Role.SUPPORT);
        StaffPeople.Person reader = people.register(mvc, Role.READER);
        Articles.Published premium = articles.premium();
        mvc.perform(get("/api/v1/articles/{slug}", premium.slug()).header("Authorization", reader.bearer()))
                .andExpect(jsonPath("$.access.reason").value("SUBSCRIPTION_REQUIRED"));
        LocalDate until = LocalDate.now(clock).plusDays(10);

        mvc.perform(staff(post("/api/v1/staff/accounts/{id}/comp", reader.id()), support,
                        Map.of("until", until.toString(), "reason", "Press pass for the election")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(reader.id().toString()))
                .andExpect(jsonPath("$.entitlement.source").value("COMP"))
                .andExpect(jsonPath("$.entitlement.explanation").value(org.hamcrest.Matchers.containsString("Press pass for the election")));

        Instant endOfDay = until.plusDays(1).atStartOfDay(KOLKATA).toInstant();
        mvc.perform(get("/api/v1/articles/{slug}", premium.slug()).header("Authorization", reader.bearer()))
                .andExpect(jsonPath("$.access.granted").value(true))
                .andExpect(jsonPath("$.access.reason").value("COMP"))
                .andExpect(jsonPath("$.truncated").value(false));
        mvc.perform(get("/api/v1/me").header("Authorization", reader.bearer()))
                .andExpect(jsonPath("$.entitlement.source").value("COMP"))
                .andExpect(jsonPath("$.entitlement.until").value(endOfDay.toString()));
        mvc.perform(get("/api/v1/staff/accounts/{id}/access/{slug}", reader.id(), premium.slug()).header("Authorization", support.bearer()))
                .andExpect(jsonPath("$.granted").value(true))
                .andExpect(jsonPath("$.reason").value("COMP"));
    }

    @Test
    void trialExtensionReopensPremiumWithReasonTrialAfterTheTrialLapsed() throws Exception {
        StaffPeople.Person support = people.register(mvc, Role.SUPPORT);
        StaffPeople.Person reader = people.register(mvc, Role.READER);
        Articles.Published premium = articles.premium();
        people.startTrial(reader);
        Instant trialEnd = Instant.parse(body(mvc.perform(get("/api/v1/me/subscription").header("Authorization", reader.bearer())))
                .get("trialEndsAt").asString());
        clock.advance(Duration.ofDays(15));
        mvc.perform(get("/api/v1/articles/{slug}", premium.slug()).header("Authorization", reader.bearer()))
                .andExpect(jsonPath("$.access.reason").value("SUBSCRIPTION_REQUIRED"));

        mvc.perform(staff(post("/api/v1/staff/accounts/{id}/trial-extension", reader.id()), support,
                        Map.of("days", 7, "reason", "Payment page was down during the trial")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subscription.status").value("trialing"))
                .andExpect(jsonPath("$.entitlement.source").value("TRIAL"))
                .andExpect(jsonPath("$.entitlement.until").value(trialEnd.plus(Duration.ofDays(7)).toString()));

        mvc.perform(get("/api/v1/articles/{slug}", premium.slug()).header("Authorization", reader.bearer()))
                .andExpect(jsonPath("$.access.granted").value(true))
                .andExpect(jsonPath("$.access.reason").value("TRIAL"));
    }

    @Test
    void lockEndsTheReadersTokensAndRefusesSignInUntilUnlocked() throws Exception {
        StaffPeople.Person support = people.register(mvc, Role.SUPPORT);
        StaffPeople.Person reader = people.register(mvc, Role.READER);
        mvc.perform(get("/api/v1/me").header("Authorization", reader.bearer())).andExpect(status().isOk());

        mvc.perform(staff(post("/api/v1/staff/accounts/{id}/lock", reader.id()), support, Map.of("reason", "Credential stuffing")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(true));

        mvc.perform(get("/api/v1/me").header("Authorization", reader.bearer())).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/auth/token").with(Readers.fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                        .content(Readers.credentialsJson(reader.email(), Readers.PASSWORD)))
                .andExpect(status().isForbidden());

        mvc.perform(staff(post("/api/v1/staff/accounts/{id}/unlock", reader.id()), support, Map.of("reason", "Owner confirmed")))
                .andExpect(jsonPath("$.locked").value(false));
        assertThat(people.token(mvc, reader.email())).isNotBlank();
    }

    @Test
    void everyAccountActionNeedsAReasonAndLeavesAnAuditEntry() throws Exception {
        StaffPeople.Person admin = people.register(mvc, Role.ADMIN);
        StaffPeople.Person reader = people.register(mvc, Role.READER);
        people.startTrial(reader);
        String account = "/api/v1/staff/accounts/" + reader.id();
        List<Action> actions = List.of(
                new Action("POST", account + "/comp", Map.of("until", LocalDate.now(clock).plusDays(3).toString()), "comp"),
                new Action("POST", account + "/trial-extension", Map.of("days", 3), "trial-extension"),
                new Action("POST", account + "/lock", Map.of(), "lock"),
                new Action("POST", account + "/unlock", Map.of(), "unlock"),
                new Action("POST", account + "/cancel-subscription", Map.of("immediately", false), "cancel-at-period-end"),
                new Action("PUT", account + "/roles", Map.of("roles", List.of("READER", "EDITOR")), "roles"),
                new Action("POST", account + "/resend-verification", Map.of(), "resend-verification"),
                new Action("POST", account + "/password-reset", Map.of(), "password-reset"));

        for (Action action : actions) {
            int before = audit(admin, reader.id()).size();
            java.util.Map<String, Object> blank = new java.util.HashMap<>(action.body());
            blank.put("reason", "  ");
            mvc.perform(staff(request(action), admin, blank))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
            mvc.perform(staff(request(action), admin, action.body())).andExpect(status().isBadRequest());
            assertThat(audit(admin, reader.id())).as(action.audited()).hasSize(before);

            java.util.Map<String, Object> reasoned = new java.util.HashMap<>(action.body());
            reasoned.put("reason", "Because of ticket " + action.audited());
            mvc.perform(staff(request(action), admin, reasoned)).andExpect(status().isOk());

            JsonNode newest = audit(admin, reader.id()).get(0);
            assertThat(newest.get("action").asString()).isEqualTo(action.audited());
            assertThat(newest.get("reason").asString()).isEqualTo("Because of ticket " + action.audited());
            assertThat(newest.get("accountId").asString()).isEqualTo(reader.id().toString());
            assertThat(newest.get("actor").get("email").asString()).isEqualTo(admin.email());
            assertThat(newest.get("at").asString()).isNotBlank();
            assertThat(newest.get("details").has("before")).isTrue();
            assertThat(newest.get("details").has("after")).isTrue();
        }
        List<JsonNode> entries = audit(admin, reader.id());
        assertThat(entries).extracting(e -> e.get("action").asString())
                .containsExactly("password-reset", "resend-verification", "roles", "cancel-at-period-end",
                        "unlock", "lock", "trial-extension", "comp");
        JsonNode roles = entries.get(2).get("details");
        assertThat(roles.get("before").get("roles").toString()).doesNotContain("EDITOR");
        assertThat(roles.get("after").get("roles").toString()).contains("EDITOR");

        // a refund needs its reason too, and without a paid invoice it is refused and nothing is audited
        mvc.perform(staff(post(account + "/refund"), admin, Map.of())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(staff(post(account + "/refund"), admin, Map.of("reason", "Charged twice")))
                .andExpect(status().isConflict());
        assertThat(audit(admin, reader.id())).hasSize(entries.size());
    }

    @Test
    void answersNotFoundForAnUnknownAccountAndFindsAccountsByNameOrEmail() throws Exception {
        StaffPeople.Person support = people.register(mvc, Role.SUPPORT);
        StaffPeople.Person reader = people.register(mvc, Role.READER);

        mvc.perform(get("/api/v1/staff/accounts/{id}", UUID.randomUUID()).header("Authorization", support.bearer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(staff(post("/api/v1/staff/accounts/{id}/lock", UUID.randomUUID()), support, Map.of("reason", "x")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/staff/accounts").param("q", reader.email().substring(0, 14)).header("Authorization", support.bearer()))
                .andExpect(jsonPath("$.items[0].id").value(reader.id().toString()))
                .andExpect(jsonPath("$.items[0].email").value(reader.email()));
        mvc.perform(get("/api/v1/staff/accounts/{id}", reader.id()).header("Authorization", support.bearer()))
                .andExpect(jsonPath("$.account.email").value(reader.email()))
                .andExpect(jsonPath("$.subscription.status").value("none"))
                .andExpect(jsonPath("$.entitlement.source").value("NONE"))
                .andExpect(jsonPath("$.timeline[-1].kind").value("signup"));
    }

    @Test
    void editorPublishesAPremiumArticleAndKeepsADraftOffTheSite() throws Exception {
        StaffPeople.Person editor = people.register(mvc, Role.EDITOR);
        Articles.Desk desk = articles.desk();
        String headline = "Rains return to the plains " + UUID.randomUUID().toString().substring(0, 6);

        String created = mvc.perform(post("/api/v1/staff/articles").header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(StaffRoleMatrixIntegrationTests.article(desk, headline)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.accessLevel").value("PREMIUM"))
                .andExpect(jsonPath("$.published").value(true))
                .andExpect(jsonPath("$.section.key").value(desk.section()))
                .andReturn().getResponse().getContentAsString();
        String slug = json.readTree(created).get("slug").asString();

        mvc.perform(get("/api/v1/articles/{slug}", slug))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accessLevel").value("PREMIUM"))
                .andExpect(jsonPath("$.truncated").value(true));
        assertThat(events.stream(ArticlePublished.class).filter(e -> e.slug().equals(slug))).hasSize(1);

        String draft = StaffRoleMatrixIntegrationTests.article(desk, "Draft " + headline).replace("\"publish\":true", "\"publish\":false");
        String draftSlug = json.readTree(mvc.perform(post("/api/v1/staff/articles").header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.published").value(false))
                .andReturn().getResponse().getContentAsString()).get("slug").asString();
        mvc.perform(get("/api/v1/articles/{slug}", draftSlug)).andExpect(status().isNotFound());

        mvc.perform(put("/api/v1/staff/articles/{slug}", slug).header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(StaffRoleMatrixIntegrationTests.article(desk, headline).replace(desk.section(), "no-such-section")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("section"));
        mvc.perform(put("/api/v1/staff/articles/{slug}", "no-such-article").header("Authorization", editor.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(StaffRoleMatrixIntegrationTests.article(desk, headline)))
                .andExpect(status().isNotFound());
    }

    /** An account action as the audit test calls it: the body without its reason, and the audited action name. */
    record Action(String method, String path, Map<String, Object> body, String audited) {
    }

    private static MockHttpServletRequestBuilder request(Action action) {
        return "PUT".equals(action.method()) ? put(action.path()) : post(action.path());
    }

    private MockHttpServletRequestBuilder staff(MockHttpServletRequestBuilder request, StaffPeople.Person staff, Map<String, ?> body) {
        return request.header("Authorization", staff.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body));
    }

    private List<JsonNode> audit(StaffPeople.Person staff, UUID accountId) throws Exception {
        JsonNode items = body(mvc.perform(get("/api/v1/staff/audit").param("accountId", accountId.toString())
                .header("Authorization", staff.bearer()))).get("items");
        List<JsonNode> entries = new java.util.ArrayList<>();
        items.forEach(entries::add);
        return entries;
    }

    private JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return json.readTree(result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
