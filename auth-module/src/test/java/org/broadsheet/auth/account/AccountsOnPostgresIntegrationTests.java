package org.broadsheet.auth.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.broadsheet.auth.AccountMail;
import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.ApiTokens;
import org.broadsheet.auth.EmailTakenException;
import org.broadsheet.auth.IssuedToken;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.SignInRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same migrations and SQL on a real PostgreSQL server. */
@SpringBootTest
class AccountsOnPostgresIntegrationTests {

    private static final String PASSWORD = "correct horse battery staple";

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
    ReaderAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AccountMail mail;
    @Autowired
    JdbcClient jdbc;

    @Test
    void registersSignsInAndRefusesTakenEmail() {
        String email = "pg-" + UUID.randomUUID() + "@example.com";
        AccountView account = accounts.register(email, PASSWORD, "Priya");
        IssuedToken token = tokens.issue(email.toUpperCase(), PASSWORD, "198.51.100.1");
        assertThat(tokens.authenticate(token.token()).map(AccountView::id)).contains(account.id());
        assertThatThrownBy(() -> accounts.register(email, PASSWORD, "Priya again")).isInstanceOf(EmailTakenException.class);
        assertThat(accounts.search(email.substring(0, 12), 10)).extracting(AccountView::id).contains(account.id());
    }

    @Test
    void throttlesAfterFiveFailures() {
        String email = "pg-" + UUID.randomUUID() + "@example.com";
        accounts.register(email, PASSWORD, "Priya");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> tokens.issue(email, "wrong password", "198.51.100.2"))
                    .isInstanceOf(SignInRefusedException.BadCredentials.class);
        }
        assertThatThrownBy(() -> tokens.issue(email, PASSWORD, "198.51.100.3"))
                .isInstanceOf(SignInRefusedException.TooManyAttempts.class);
    }

    @Test
    void sendsEachDedupeKeyOnce() {
        String email = "pg-" + UUID.randomUUID() + "@example.com";
        AccountView account = accounts.register(email, PASSWORD, "Priya");
        String key = "welcome-again:" + account.id();
        mail.send(account.id(), "welcome", Map.of(), key);
        mail.send(account.id(), "welcome", Map.of(), key);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE dedupe_key = :key").param("key", key).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(Optional.of(accounts.lock(account.id(), "test")).map(AccountView::locked)).contains(true);
    }
}
