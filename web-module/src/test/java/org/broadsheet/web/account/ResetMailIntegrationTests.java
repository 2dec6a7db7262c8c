package org.broadsheet.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.broadsheet.web.account.Readers.PASSWORD;
import static org.broadsheet.web.account.Readers.credentialsJson;
import static org.broadsheet.web.account.Readers.fromNewAddress;
import static org.broadsheet.web.account.Readers.newEmail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.broadsheet.auth.ReaderAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Account mail through a real SMTP server (GreenMail, in-process), and the mailed reset link working on the site. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:accounts-smtp;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "spring.mail.host=localhost",
        "broadsheet.base-url=https://news.example.test",
        "broadsheet.demo-data=false"})
@AutoConfigureMockMvc
class ResetMailIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static final Pattern RESET_LINK = Pattern.compile("https://news\\.example\\.test/reset-password\\?token=([A-Za-z0-9_-]{43,})");

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ReaderAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void mailsResetLinkThatWorksOnTheResetPage() throws Exception {
        String email = newEmail();
        accounts.register(email, PASSWORD, "Rohan Das");

        mvc.perform(post("/forgot-password").with(csrf()).param("email", email))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("If an account uses that address")));

        MimeMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(email) && subject(m).contains("Reset")).findFirst().orElse(null), m -> m != null);
        String body = GreenMailUtil.getBody(mail);
        Matcher link = RESET_LINK.matcher(body);
        assertThat(link.find()).as("the mail carries <base-url>/reset-password?token=…").isTrue();
        String token = link.group(1);

        mvc.perform(get("/reset-password").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Set new password")));
        mvc.perform(post("/reset-password").with(csrf()).param("token", token).param("password", "my new long passphrase"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Your password is changed")));
        mvc.perform(get("/reset-password").param("token", token))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("invalid, already used or expired")));

        mvc.perform(post("/api/v1/auth/token").with(fromNewAddress()).contentType(MediaType.APPLICATION_JSON)
                .content(credentialsJson(email, "my new long passphrase"))).andExpect(status().isOk());
    }

    @Test
    void keepsSentMailInOutboxWithoutUsableLink() throws Exception {
        String email = newEmail();
        accounts.register(email, PASSWORD, "Rohan Das");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE recipient = :email AND sent_at IS NOT NULL")
                        .param("email", email).query(Integer.class).single()).isEqualTo(2));
        String stored = jdbc.sql("SELECT text_body FROM outbox WHERE recipient = :email AND template = 'verification'")
                .param("email", email).query(String.class).single();
        assertThat(stored).contains("https://news.example.test/verify-email?token=").doesNotContainPattern("token=[A-Za-z0-9_-]{43}");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(email)).map(ResetMailIntegrationTests::subject))
                .contains("Welcome to Broadsheet", "Confirm your email address for Broadsheet");
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
