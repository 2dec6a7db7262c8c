package org.broadsheet.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.broadsheet.auth.AccountMail;
import org.broadsheet.auth.AccountMailLog;
import org.broadsheet.auth.MailRecord;
import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.ReaderAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Mail without an SMTP server: kept in the outbox, once per dedupe key, with the text and HTML parts. */
@SpringBootTest(properties = "broadsheet.base-url=https://paper.example.test/")
class AccountMailIntegrationTests {

    @Autowired
    ReaderAccounts accounts;
    @Autowired
    AccountMail mail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountMailLog mailLog;

    @Test
    void keepsMailInOutboxOncePerDedupeKey() {
        AccountView account = accounts.register("mail-" + UUID.randomUUID() + "@example.com", "correct horse battery staple", "Neel");
        String key = "trial-ending:" + account.id();
        mail.send(account.id(), "welcome", Map.of(), key);
        mail.send(account.id(), "welcome", Map.of(), key);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE dedupe_key = :key").param("key", key).query(Integer.class).single())
                .isEqualTo(1);
        Map<String, Object> row = jdbc.sql("SELECT subject, text_body, html_body, sent_at FROM outbox WHERE dedupe_key = :key")
                .param("key", key).query().singleRow();
        assertThat(row.get("subject")).isEqualTo("Welcome to Broadsheet");
        assertThat((String) row.get("text_body")).contains("Hello Neel").contains("https://paper.example.test/");
        assertThat((String) row.get("html_body")).contains("<p>Hello <span>Neel</span>,</p>");
        assertThat(row.get("sent_at")).isNull();
        assertThat(mailLog.mailOf(account.id(), 10)).extracting(MailRecord::template)
                .containsExactlyInAnyOrder("welcome", "welcome", "verification");
    }

    @Test
    void verificationMailLinksToVerifyPageAndTheLinkVerifies() {
        String email = "mail-" + UUID.randomUUID() + "@example.com";
        AccountView account = accounts.register(email, "correct horse battery staple", "Neel");
        String text = jdbc.sql("SELECT text_body FROM outbox WHERE recipient = :email AND template = 'verification'")
                .param("email", email).query(String.class).single();
        assertThat(text).contains("https://paper.example.test/verify-email?token=");
        String token = text.replaceAll("(?s).*verify-email\\?token=([A-Za-z0-9_-]+).*", "$1");

        assertThat(accounts.verifyEmail(token).emailVerified()).isTrue();
        assertThat(accounts.findById(account.id()).orElseThrow().emailVerified()).isTrue();
    }

    @Test
    void changesEmailOnlyAfterTheNewAddressIsConfirmed() {
        String email = "mail-" + UUID.randomUUID() + "@example.com";
        String newEmail = "new-" + UUID.randomUUID() + "@example.com";
        AccountView account = accounts.register(email, "correct horse battery staple", "Neel");
        accounts.changeEmail(account.id(), "correct horse battery staple", newEmail.toUpperCase());
        assertThat(accounts.findById(account.id()).orElseThrow().email()).isEqualTo(email);

        String text = jdbc.sql("SELECT text_body FROM outbox WHERE recipient = :email AND template = 'email-change'")
                .param("email", newEmail).query(String.class).single();
        String token = text.replaceAll("(?s).*verify-email\\?token=([A-Za-z0-9_-]+).*", "$1");
        AccountView changed = accounts.verifyEmail(token);
        assertThat(changed.email()).isEqualTo(newEmail);
        assertThat(changed.emailVerified()).isTrue();
    }
}
