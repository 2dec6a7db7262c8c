package org.broadsheet.auth.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.broadsheet.auth.AccountMail;
import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.ReaderAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Mail with list headers (one-click unsubscribe) through a real SMTP server; no header injection. */
@SpringBootTest(properties = {"spring.mail.host=localhost",
        "spring.datasource.url=jdbc:h2:mem:auth-mail-headers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class AccountMailHeadersIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    ReaderAccounts accounts;
    @Autowired
    AccountMail mail;

    @Test
    void sendsListHeadersWithTheMailOncePerDedupeKey() throws Exception {
        AccountView account = accounts.register("list-" + UUID.randomUUID() + "@example.com", "correct horse battery staple", "Asha");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<https://paper.example.test/newsletters/unsubscribe?token=abc>");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        String key = "list-test:" + account.id();

        assertThat(mail.send(account.id(), "welcome", Map.of(), key, headers)).isTrue();
        assertThat(mail.send(account.id(), "welcome", Map.of(), key, headers)).isFalse();

        MimeMessage sent = await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m).equals(account.email()) && header(m, "List-Unsubscribe") != null).findFirst().orElse(null),
                m -> m != null);
        assertThat(header(sent, "List-Unsubscribe")).isEqualTo("<https://paper.example.test/newsletters/unsubscribe?token=abc>");
        assertThat(header(sent, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void refusesHeadersThatAreNotListHeadersOrCarryLineBreaks() {
        AccountView account = accounts.register("inject-" + UUID.randomUUID() + "@example.com", "correct horse battery staple", "Ravi");

        assertThatIllegalArgumentException().isThrownBy(() -> mail.send(account.id(), "welcome", Map.of(), null,
                Map.of("Bcc", "someone@example.com")));
        assertThatIllegalArgumentException().isThrownBy(() -> mail.send(account.id(), "welcome", Map.of(), null,
                Map.of("List-Unsubscribe", "<https://x.test>\r\nBcc: someone@example.com")));
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
