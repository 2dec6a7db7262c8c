package org.broadsheet.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.web.account.Readers.PASSWORD;
import static org.broadsheet.web.account.Readers.credentialsJson;
import static org.broadsheet.web.account.Readers.from;
import static org.broadsheet.web.account.Readers.fromNewAddress;
import static org.broadsheet.web.account.Readers.newEmail;
import static org.broadsheet.web.account.Readers.registerJson;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.Set;

@AccountTestContext
class AccountApiIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReaderAccounts accounts;

    @Test
    void registersReaderWithNormalisedEmail() throws Exception {
        String email = newEmail();
        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .content(registerJson("  " + email.toUpperCase() + " ", PASSWORD, "Asha Rao")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.name").value("Asha Rao"))
                .andExpect(jsonPath("$.emailVerified").value(false));
    }

    @Test
    void rejectsShortPasswordWithFieldError() throws Exception {
        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .content(registerJson(newEmail(), "short1", "Asha")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.type").isNotEmpty())
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value("Use at least 10 characters"));
    }

    @Test
    void rejectsCommonPassword() throws Exception {
        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .content(registerJson(newEmail(), "password123", "Asha")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("too common")));
    }

    @Test
    void rejectsInvalidEmailAndMissingNameTogether() throws Exception {
        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .content(registerJson("not-an-email", PASSWORD, "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("email", "name")));
    }

    @Test
    void answersConflictForTakenEmailInAnyCase() throws Exception {
        String email = newEmail();
        register(email);
        mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .content(registerJson(email.toUpperCase(), PASSWORD, "Someone Else")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409));
    }

    @Test
    void issuesTokenThatSignsInMe() throws Exception {
        String email = newEmail();
        String id = register(email);
        MvcResult issued = mvc.perform(post("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                        .content(credentialsJson(email, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token").isNotEmpty())
                .andExpect(jsonPath("$.expiresAt").isNotEmpty())
                .andReturn();
        String token = JsonPath.read(issued.getResponse().getContentAsString(), "$.token");
        assertThat(token.length()).isGreaterThanOrEqualTo(43);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE token_hash = :raw").param("raw", token).query(Integer.class).single())
                .as("the raw token is never stored").isZero();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.name").value("Asha Rao"))
                .andExpect(jsonPath("$.roles[0]").value("READER"))
                .andExpect(jsonPath("$.emailVerified").value(false))
                .andExpect(jsonPath("$.entitlement.active").value(false))
                .andExpect(jsonPath("$.entitlement.source").value("NONE"))
                .andExpect(jsonPath("$.entitlement.until").doesNotExist());
    }

    @Test
    void showsStaffEntitlementForStaff() throws Exception {
        String email = newEmail();
        String id = register(email);
        accounts.setRoles(UUID.fromString(id), Set.of(Role.EDITOR));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token(email)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.containsInAnyOrder("READER", "EDITOR")))
                .andExpect(jsonPath("$.entitlement.active").value(true))
                .andExpect(jsonPath("$.entitlement.source").value("STAFF"));
    }

    @Test
    void tokenStopsWorkingWhenItExpires() throws Exception {
        String email = newEmail();
        register(email);
        String token = token(email);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        clock.advance(Duration.ofDays(30).plusMinutes(1));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")));
    }

    @Test
    void revokedTokenNoLongerWorks() throws Exception {
        String email = newEmail();
        register(email);
        String token = token(email);
        String other = token(email);
        mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + other)).andExpect(status().isOk());
    }

    @Test
    void revokingWithoutTokenIsUnauthorized() throws Exception {
        mvc.perform(delete("/api/v1/auth/token"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void answersUnknownEmailAndWrongPasswordIdentically() throws Exception {
        String email = newEmail();
        register(email);
        MvcResult wrongPassword = mvc.perform(post("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                .content(credentialsJson(email, "not the right password"))).andReturn();
        MvcResult unknownEmail = mvc.perform(post("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                .content(credentialsJson(newEmail(), "not the right password"))).andReturn();

        assertThat(wrongPassword.getResponse().getStatus()).isEqualTo(401);
        assertThat(unknownEmail.getResponse().getStatus()).isEqualTo(401);
        assertThat(unknownEmail.getResponse().getContentAsString()).isEqualTo(wrongPassword.getResponse().getContentAsString());
        assertThat(unknownEmail.getResponse().getContentType()).isEqualTo(wrongPassword.getResponse().getContentType());
        assertThat(unknownEmail.getResponse().getHeaderNames()).containsExactlyInAnyOrderElementsOf(wrongPassword.getResponse().getHeaderNames());
    }

    @Test
    void sixthAttemptIsThrottledAndEvenTheRightPasswordIsRefused() throws Exception {
        String email = newEmail();
        register(email);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(post("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                    .content(credentialsJson(email, "wrong password " + attempt))).andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                        .content(credentialsJson(email, "wrong password 6")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        MvcResult right = mvc.perform(post("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                        .content(credentialsJson(email, PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andReturn();
        long retryAfter = Long.parseLong(right.getResponse().getHeader("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 15 * 60L);

        clock.advance(Duration.ofSeconds(retryAfter));
        mvc.perform(post("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                .content(credentialsJson(email, PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void throttlesPerClientAddressAcrossEmails() throws Exception {
        String address = "192.0.2." + (1 + new java.util.Random().nextInt(250));
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(post("/api/v1/auth/token").with(from(address)).contentType(MediaType.APPLICATION_JSON)
                    .content(credentialsJson(newEmail(), "wrong password"))).andExpect(status().isUnauthorized());
        }
        String email = newEmail();
        register(email);
        mvc.perform(post("/api/v1/auth/token").with(from(address)).contentType(MediaType.APPLICATION_JSON)
                        .content(credentialsJson(email, PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        clock.advance(Duration.ofMinutes(16));
    }

    @Test
    void lockedAccountGetsNoTokenAndItsTokensStopWorking() throws Exception {
        String email = newEmail();
        String id = register(email);
        String token = token(email);
        accounts.lock(UUID.fromString(id), "chargeback fraud");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                        .content(credentialsJson(email, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                        .content(credentialsJson(email, "a wrong password")))
                .andExpect(status().isUnauthorized());

        accounts.unlock(UUID.fromString(id));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                .content(credentialsJson(email, PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void passwordResetAlwaysAnswersAccepted() throws Exception {
        mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + newEmail() + "\"}")).andExpect(status().isAccepted());
        String email = newEmail();
        register(email);
        mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\"}")).andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isBadRequest());
    }

    @Test
    void resetTokenWorksOnceAndRevokesEarlierTokens() throws Exception {
        String email = newEmail();
        register(email);
        String oldToken = token(email);
        mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\"}")).andExpect(status().isAccepted());
        String resetToken = Readers.tokenFromOutbox(jdbc, email, "password-reset");

        mvc.perform(post("/api/v1/auth/password-reset/confirm").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\":\"" + resetToken + "\",\"password\":\"a brand new passphrase\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + oldToken)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/auth/password-reset/confirm").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\":\"" + resetToken + "\",\"password\":\"yet another passphrase\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(post("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                .content(credentialsJson(email, PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                .content(credentialsJson(email, "a brand new passphrase"))).andExpect(status().isOk());
    }

    @Test
    void resetTokenExpiresAfterThirtyMinutes() throws Exception {
        String email = newEmail();
        register(email);
        mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\"}")).andExpect(status().isAccepted());
        String resetToken = Readers.tokenFromOutbox(jdbc, email, "password-reset");
        clock.advance(Duration.ofMinutes(31));

        mvc.perform(post("/api/v1/auth/password-reset/confirm").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\":\"" + resetToken + "\",\"password\":\"a brand new passphrase\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                .content(credentialsJson(email, PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void resetRefusesWeakPasswordAndKeepsTokenUsable() throws Exception {
        String email = newEmail();
        register(email);
        mvc.perform(post("/api/v1/auth/password-reset").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\"}")).andExpect(status().isAccepted());
        String resetToken = Readers.tokenFromOutbox(jdbc, email, "password-reset");
        mvc.perform(post("/api/v1/auth/password-reset/confirm").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\":\"" + resetToken + "\",\"password\":\"qwertyuiop\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(post("/api/v1/auth/password-reset/confirm").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"token\":\"" + resetToken + "\",\"password\":\"a brand new passphrase\"}"))
                .andExpect(status().isNoContent());
    }

    @Test
    void keepsMailInOutboxWithoutSmtp() throws Exception {
        String email = newEmail();
        register(email);
        assertThat(jdbc.sql("SELECT template FROM outbox WHERE recipient = :email").param("email", email).query(String.class).list())
                .containsExactlyInAnyOrder("verification", "welcome");
        String token = Readers.tokenFromOutbox(jdbc, email, "verification");
        assertThat(jdbc.sql("SELECT text_body FROM outbox WHERE recipient = :email AND template = 'verification'")
                .param("email", email).query(String.class).single())
                .contains("https://news.example.test/verify-email?token=" + token);
        mvc.perform(get("/verify-email").param("token", token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token(email)))
                .andExpect(jsonPath("$.emailVerified").value(true));
    }

    private String register(String email) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                        .content(registerJson(email, PASSWORD, "Asha Rao")))
                .andExpect(status().isCreated()).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    private String token(String email) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                        .content(credentialsJson(email, PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.token");
    }
}
