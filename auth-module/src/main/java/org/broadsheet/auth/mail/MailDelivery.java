package org.broadsheet.auth.mail;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.broadsheet.auth.config.AuthClock;
import org.broadsheet.auth.config.AuthProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers outbox rows after commit on a small executor of its own, so a slow or broken SMTP server
 * never holds up or fails the request; a failed row keeps {@code sent_at} null and is retried.
 */
@Component
class MailDelivery implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final Pattern TOKEN = Pattern.compile("token=[A-Za-z0-9_-]+");
    private static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> senders;
    private final AuthClock clock;
    private final AuthProperties properties;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "account-mail");
        thread.setDaemon(true);
        return thread;
    });

    MailDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> senders, AuthClock clock, AuthProperties properties) {
        this.jdbc = jdbc;
        this.senders = senders;
        this.clock = clock;
        this.properties = properties;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MailQueued queued) {
        executor.submit(() -> deliver(queued.outboxId(), 0));
    }

    /** Picks up mail whose delivery failed or whose instance stopped before sending. */
    @Scheduled(fixedDelayString = "PT2M", initialDelayString = "PT1M")
    void retryUnsent() {
        if (senders.getIfAvailable() == null) {
            return;
        }
        record Pending(UUID id, int attempts) {
        }
        List<Pending> pending = jdbc.sql("""
                SELECT id, attempts FROM outbox WHERE sent_at IS NULL AND attempts < :max AND created_at < :before
                AND created_at > :since ORDER BY created_at""")
                .param("max", MAX_ATTEMPTS).param("before", Timestamp.from(clock.now().minus(Duration.ofMinutes(1))))
                // older mail is stale (its links have expired); it stays in the outbox for staff to read
                .param("since", Timestamp.from(clock.now().minus(Duration.ofHours(6))))
                .query((rs, n) -> new Pending(rs.getObject("id", UUID.class), rs.getInt("attempts"))).list();
        pending.stream().limit(100).forEach(row -> deliver(row.id(), row.attempts()));
    }

    void deliver(UUID id, int expectedAttempts) {
        try {
            JavaMailSender sender = senders.getIfAvailable();
            record Row(String recipient, String subject, String text, String html, String template, UUID account,
                       String headers) {
            }
            Row row = jdbc.sql("SELECT recipient, subject, text_body, html_body, template, account_id, headers FROM outbox WHERE id = :id AND sent_at IS NULL")
                    .param("id", id)
                    .query((rs, n) -> new Row(rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body"),
                            rs.getString("html_body"), rs.getString("template"), rs.getObject("account_id", UUID.class),
                            rs.getString("headers")))
                    .optional().orElse(null);
            if (row == null) {
                return;
            }
            if (sender == null) {
                log.info("Mail '{}' for account {} kept in the outbox as {} (no SMTP server configured)", row.template(), row.account(), id);
                return;
            }
            // claim the row, so two instances never send the same mail
            int claimed = jdbc.sql("UPDATE outbox SET attempts = attempts + 1 WHERE id = :id AND attempts = :attempts AND sent_at IS NULL")
                    .param("id", id).param("attempts", expectedAttempts).update();
            if (claimed == 0) {
                return;
            }
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(properties.mailFrom());
                helper.setTo(row.recipient());
                helper.setSubject(row.subject());
                helper.setText(row.text(), row.html());
                for (Map.Entry<String, String> header : MailHeaders.parse(row.headers()).entrySet()) {
                    message.addHeader(header.getKey(), header.getValue());
                }
                sender.send(message);
            } catch (Exception e) {
                String error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
                jdbc.sql("UPDATE outbox SET last_error = :error WHERE id = :id")
                        .param("error", error.length() > 500 ? error.substring(0, 500) : error).param("id", id).update();
                log.warn("Mail '{}' for account {} not sent yet (outbox {}): {}", row.template(), row.account(), id, error);
                return;
            }
            // the link's token was for the recipient only; the copy staff can read keeps no usable link
            jdbc.sql("UPDATE outbox SET sent_at = :now, last_error = NULL, text_body = :text, html_body = :html, headers = :headers WHERE id = :id")
                    .param("now", Timestamp.from(clock.now()))
                    .param("text", TOKEN.matcher(row.text()).replaceAll("token=(sent)"))
                    .param("html", TOKEN.matcher(row.html()).replaceAll("token=(sent)"))
                    .param("headers", row.headers() == null ? null : TOKEN.matcher(row.headers()).replaceAll("token=(sent)"))
                    .param("id", id).update();
            log.info("Mail '{}' for account {} sent (outbox {})", row.template(), row.account(), id);
        } catch (RuntimeException e) {
            log.warn("Mail delivery of outbox {} failed: {}", id, e.toString());
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
