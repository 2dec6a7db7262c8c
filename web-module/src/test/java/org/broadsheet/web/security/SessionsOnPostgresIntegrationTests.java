package org.broadsheet.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.web.account.Readers.PASSWORD;
import static org.broadsheet.web.account.Readers.credentialsJson;
import static org.broadsheet.web.account.Readers.fromNewAddress;
import static org.broadsheet.web.account.Readers.newEmail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.servlet.http.Cookie;
import org.broadsheet.auth.ReaderAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Sessions, remember-me and tokens in a real PostgreSQL database, as several instances would share them. */
@SpringBootTest(properties = "broadsheet.demo-data=false")
@AutoConfigureMockMvc
class SessionsOnPostgresIntegrationTests {

    static final class Server {
        static final EmbeddedPostgres POSTGRES = start();

        private static EmbeddedPostgres start() {
            try {
                return EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + Server.POSTGRES.getPort() + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ReaderAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsSignedInSessionInTheDatabaseAndNeverUsesItForTheApi() throws Exception {
        String email = newEmail();
        accounts.register(email, PASSWORD, "Farah Khan");
        MvcResult login = mvc.perform(post("/login").with(csrf()).with(fromNewAddress())
                        .param("email", email).param("password", PASSWORD).param("remember-me", "true"))
                .andExpect(status().is3xxRedirection()).andReturn();
        Cookie session = null;
        for (Cookie cookie : login.getResponse().getCookies()) {
            if (cookie.getName().endsWith("SESSION")) {
                session = cookie;
            }
        }
        assertThat(session).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :email").param("email", email)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM persistent_logins WHERE username = :email").param("email", email)
                .query(Integer.class).single()).isEqualTo(1);

        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void issuesAndChecksTokens() throws Exception {
        String email = newEmail();
        accounts.register(email, PASSWORD, "Farah Khan");
        String body = mvc.perform(post("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                .content(credentialsJson(email, PASSWORD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }
}
