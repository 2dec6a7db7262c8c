package org.broadsheet.web.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.Newsletter;
import org.broadsheet.content.NewsletterEdition;
import org.broadsheet.content.NewsletterEditions;
import org.broadsheet.content.Newsletters;
import org.broadsheet.web.ApiReaders;
import org.broadsheet.web.ApiReaders.ApiReader;
import org.broadsheet.web.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Newsletter editions through a real SMTP server (GreenMail, in-process): each reader's mail is rendered through the
 * gate, carries one-click unsubscribe headers and a signed link, and goes out once however many senders run.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:newsletter-smtp;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.mail.host=localhost",
        "broadsheet.base-url=https://news.example.test",
        "broadsheet.billing.jobs.enabled=false",
        "broadsheet.newsletters.jobs.enabled=false",
        "broadsheet.alerts.jobs.enabled=false"})
@AutoConfigureMockMvc
@Import({ApiReaders.class, Articles.class})
class NewsletterMailIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiReaders readers;
    @Autowired
    Articles articles;
    @Autowired
    Newsletters newsletters;
    @Autowired
    NewsletterEditions editions;
    @Autowired
    EditionMailer mailer;
    @Autowired
    JdbcClient jdbc;

    @Test
    void mailsPremiumTextOnlyToEntitledReaders() throws Exception {
        String marker = Articles.marker();
        Articles.Desk desk = articles.desk();
        Articles.Published premium = articles.draft(AccessLevel.PREMIUM).on(desk).paragraph(5, marker).publish();
        Newsletter newsletter = newsletterOf(desk);
        ApiReader subscriber = readers.entitled("Premium Subscriber");
        ApiReader reader = readers.register("Free Reader");
        choose(subscriber, newsletter);
        choose(reader, newsletter);

        assertThat(mailer.send(editionAfter(newsletter, premium))).isEqualTo(2);

        String entitledMail = textOf(editionMailTo(subscriber.email(), newsletter));
        String freeMail = textOf(editionMailTo(reader.email(), newsletter));
        assertThat(entitledMail).contains(premium.headline(), premium.paragraph(1), marker, premium.paragraph(8));
        assertThat(freeMail).contains(premium.headline(), premium.paragraph(1), premium.paragraph(2),
                "Start 14 Days Free Trial", "Subscribe Now");
        assertThat(freeMail).doesNotContain(marker).doesNotContain(premium.paragraph(3)).doesNotContain(premium.paragraph(8));
    }

    @Test
    void mailCarriesOneClickUnsubscribeHeaders() throws Exception {
        Articles.Desk desk = articles.desk();
        Articles.Published story = articles.draft(AccessLevel.FREE).on(desk).publish();
        Newsletter newsletter = newsletterOf(desk);
        ApiReader reader = readers.register("Header Reader");
        choose(reader, newsletter);

        mailer.send(editionAfter(newsletter, story));

        MimeMessage mail = editionMailTo(reader.email(), newsletter);
        assertThat(mail.getHeader("List-Unsubscribe", null))
                .startsWith("<https://news.example.test/newsletters/unsubscribe?token=").endsWith(">");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(textOf(mail)).contains("https://news.example.test/newsletters/unsubscribe?token=");
    }

    @Test
    void unsubscribeLinkConfirmsOnGetAndUnsubscribesOnOneClickPost() throws Exception {
        Articles.Desk desk = articles.desk();
        Articles.Published story = articles.draft(AccessLevel.FREE).on(desk).publish();
        Newsletter newsletter = newsletterOf(desk);
        ApiReader reader = readers.register("Leaving Reader");
        choose(reader, newsletter);
        mailer.send(editionAfter(newsletter, story));
        String token = unsubscribeToken(editionMailTo(reader.email(), newsletter));

        mvc.perform(get("/newsletters/unsubscribe").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Unsubscribe from")));
        assertThat(newsletters.choicesOf(reader.id())).contains(newsletter.key());

        // a mail client's one-click request: no session, no CSRF token, the RFC 8058 body
        mvc.perform(post("/newsletters/unsubscribe").param("token", token)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are unsubscribed")));
        assertThat(newsletters.choicesOf(reader.id())).doesNotContain(newsletter.key());
    }

    @Test
    void refusesForgedUnsubscribeTokens() throws Exception {
        Newsletter newsletter = newsletterOf(articles.desk());
        ApiReader reader = readers.register("Targeted Reader");
        choose(reader, newsletter);
        String genuine = newsletters.unsubscribeToken(reader.id(), newsletter.key());
        String otherReaders = newsletters.unsubscribeToken(UUID.randomUUID(), newsletter.key());
        String forged = genuine.substring(0, genuine.indexOf('.')) + otherReaders.substring(otherReaders.indexOf('.'));

        for (String token : List.of(forged, genuine.substring(0, genuine.length() - 3), "garbage", "")) {
            mvc.perform(get("/newsletters/unsubscribe").param("token", token)).andExpect(status().isBadRequest());
            mvc.perform(post("/newsletters/unsubscribe").param("token", token)).andExpect(status().isBadRequest());
        }

        assertThat(newsletters.choicesOf(reader.id())).contains(newsletter.key());
    }

    @Test
    void sendsEachReaderAnEditionOnceWhenTwoSendersRunAtOnce() throws Exception {
        Articles.Desk desk = articles.desk();
        Articles.Published story = articles.draft(AccessLevel.METERED).on(desk).publish();
        Newsletter newsletter = newsletterOf(desk);
        List<ApiReader> subscribers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ApiReader reader = readers.register("Concurrent Reader");
            choose(reader, newsletter);
            subscribers.add(reader);
        }
        NewsletterEdition edition = editionAfter(newsletter, story);

        ExecutorService senders = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(senders.submit(() -> {
                    start.await();
                    return mailer.send(edition);
                }));
            }
            start.countDown();
            int mailed = 0;
            for (Future<Integer> run : runs) {
                mailed += run.get();
            }
            assertThat(mailed).isEqualTo(subscribers.size());
        } finally {
            senders.shutdownNow();
        }

        for (ApiReader reader : subscribers) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE account_id = :a AND template = 'newsletter-edition'")
                    .param("a", reader.id()).query(Long.class).single()).isEqualTo(1L);
            editionMailTo(reader.email(), newsletter);
        }
        assertThat(mailer.send(edition)).isZero();
        for (ApiReader reader : subscribers) {
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> isEditionOf(m, reader.email(), newsletter))).hasSize(1);
        }
    }

    private Newsletter newsletterOf(Articles.Desk desk) {
        return newsletters.file(new Newsletter("letter-" + UUID.randomUUID().toString().substring(0, 8),
                "Desk Letter " + desk.sectionName(), "Stories of " + desk.sectionName(), "Every morning at 7:00",
                "0 0 7 * * *", desk.section(), 50, true));
    }

    private NewsletterEdition editionAfter(Newsletter newsletter, Articles.Published story) {
        NewsletterEdition edition = editions.edition(newsletter.key(), story.publishedAt().plus(1, ChronoUnit.MINUTES));
        assertThat(edition.slugs()).contains(story.slug());
        return edition;
    }

    private void choose(ApiReader reader, Newsletter newsletter) throws Exception {
        mvc.perform(put("/api/v1/me/newsletters/{key}", newsletter.key()).header("Authorization", reader.bearer()))
                .andExpect(status().isNoContent());
    }

    /** The newsletter's mail to this reader (readers also get account mail, such as the welcome). */
    private static MimeMessage editionMailTo(String email, Newsletter newsletter) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> isEditionOf(m, email, newsletter)).findFirst().orElse(null), m -> m != null);
    }

    private static boolean isEditionOf(MimeMessage mail, String email, Newsletter newsletter) {
        try {
            return recipient(mail).equals(email) && mail.getSubject() != null && mail.getSubject().startsWith(newsletter.name());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsubscribeToken(MimeMessage mail) throws MessagingException {
        String header = mail.getHeader("List-Unsubscribe", null);
        String encoded = header.substring(header.indexOf("token=") + 6, header.indexOf('>'));
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of every text part of the mail (plain and HTML). */
    private static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return part.getContent().toString();
        }
        StringBuilder text = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                text.append(textOf(child)).append('\n');
            }
        }
        return text.toString();
    }
}
