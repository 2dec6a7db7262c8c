package org.broadsheet.auth.mail;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.broadsheet.auth.AccountMail;
import org.broadsheet.auth.AccountMailLog;
import org.broadsheet.auth.MailRecord;
import org.broadsheet.auth.config.AuthClock;
import org.broadsheet.auth.config.SiteAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes every mail to the outbox first (the record staff read and retries use), then hands it to delivery. */
@Service
public class OutboxMail implements AccountMail, AccountMailLog {

    private final JdbcClient jdbc;
    private final MailComposer composer;
    private final ApplicationEventPublisher events;
    private final AuthClock clock;
    private final SiteAddress site;

    OutboxMail(JdbcClient jdbc, MailComposer composer, ApplicationEventPublisher events, AuthClock clock, SiteAddress site) {
        this.jdbc = jdbc;
        this.composer = composer;
        this.events = events;
        this.clock = clock;
        this.site = site;
    }

    @Override
    @Transactional
    public void send(UUID accountId, String template, Map<String, Object> model, String dedupeKey) {
        record Recipient(String email, String name) {
        }
        Recipient recipient = jdbc.sql("SELECT email, name FROM accounts WHERE id = :id").param("id", accountId)
                .query((rs, n) -> new Recipient(rs.getString("email"), rs.getString("name"))).optional()
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        queue(accountId, recipient.email(), recipient.name(), template, model, dedupeKey);
    }

    /** Queues a mail to an explicit address (e.g. a new email awaiting verification); false when the dedupe key was used. */
    @Transactional
    public boolean queue(UUID accountId, String recipient, String name, String template, Map<String, Object> model,
                         String dedupeKey) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.putIfAbsent("name", name);
        variables.putIfAbsent("email", recipient);
        variables.putIfAbsent("baseUrl", site.base());
        MailComposer.ComposedMail mail = composer.compose(template, variables);
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                INSERT INTO outbox (id, account_id, recipient, subject, text_body, html_body, template, dedupe_key,
                                    created_at, attempts)
                VALUES (:id, :account, :recipient, :subject, :text, :html, :template, :dedupe, :now, 0)
                ON CONFLICT DO NOTHING""")
                .param("id", id).param("account", accountId).param("recipient", recipient)
                .param("subject", mail.subject()).param("text", mail.text()).param("html", mail.html())
                .param("template", template).param("dedupe", dedupeKey).param("now", Timestamp.from(clock.now()))
                .update();
        if (inserted == 1) {
            events.publishEvent(new MailQueued(id));
        }
        return inserted == 1;
    }

    @Override
    public List<MailRecord> mailOf(UUID accountId, int limit) {
        return jdbc.sql("""
                SELECT id, recipient, subject, template, created_at, sent_at, text_body FROM outbox
                WHERE account_id = :account ORDER BY created_at DESC""")
                .param("account", accountId)
                .query((rs, n) -> new MailRecord(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("template"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(), rs.getString("text_body")))
                .list().stream().limit(Math.max(1, Math.min(limit, 200))).toList();
    }

    @Override
    public List<MailRecord> recent(int limit) {
        return jdbc.sql("""
                SELECT id, recipient, subject, template, created_at, sent_at, text_body FROM outbox
                ORDER BY created_at DESC LIMIT :limit""")
                .param("limit", Math.max(1, Math.min(limit, 200)))
                .query((rs, n) -> new MailRecord(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("template"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(), rs.getString("text_body")))
                .list();
    }

    /** Forgets every mail of an erased account. */
    public void deleteAll(UUID accountId) {
        jdbc.sql("DELETE FROM outbox WHERE account_id = :account").param("account", accountId).update();
    }
}
