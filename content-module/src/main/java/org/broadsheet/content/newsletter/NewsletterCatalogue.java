package org.broadsheet.content.newsletter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;


import org.broadsheet.content.Newsletter;
import org.broadsheet.content.Newsletters;
import org.broadsheet.content.ReaderTargetNotFoundException;
import org.broadsheet.content.UnsubscribeRequest;
import org.broadsheet.content.visitor.SharedSecrets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue and readers' choices in two tables; unsubscribe tokens signed with a key every instance shares. */
@Service
class NewsletterCatalogue implements Newsletters {

    static final String KEY_NAME = "newsletter-unsubscribe-key";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final RowMapper<Newsletter> NEWSLETTER = (rs, n) -> new Newsletter(rs.getString("newsletter_key"),
            rs.getString("name"), rs.getString("description"), rs.getString("schedule"), rs.getString("send_cron"),
            rs.getString("section_key"), rs.getInt("position"), rs.getBoolean("active"));

    private final JdbcClient jdbc;
    private final SharedSecrets secrets;
    private final ObjectProvider<Clock> clocks;

    NewsletterCatalogue(JdbcClient jdbc, SharedSecrets secrets, ObjectProvider<Clock> clocks) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clocks = clocks;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Newsletter> catalogue() {
        return all().stream().filter(Newsletter::active).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Newsletter> all() {
        return jdbc.sql("SELECT * FROM newsletters ORDER BY position, name").query(NEWSLETTER).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Newsletter> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM newsletters WHERE newsletter_key = ?").param(key).query(NEWSLETTER).optional();
    }

    @Override
    @Transactional
    public Newsletter file(Newsletter newsletter) {
        if (newsletter.key() == null || !newsletter.key().matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("key must be lower-case letters, digits and dashes");
        }
        if (newsletter.name() == null || newsletter.name().isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (newsletter.sendCron() == null || !CronExpression.isValidExpression(newsletter.sendCron())) {
            throw new IllegalArgumentException("sendCron is not a cron expression");
        }
        String description = newsletter.description() == null ? "" : newsletter.description();
        String schedule = newsletter.schedule() == null || newsletter.schedule().isBlank() ? newsletter.sendCron()
                : newsletter.schedule();
        int updated = jdbc.sql("""
                UPDATE newsletters SET name = ?, description = ?, schedule = ?, send_cron = ?, section_key = ?,
                position = ?, active = ? WHERE newsletter_key = ?""")
                .params(newsletter.name(), description, schedule, newsletter.sendCron(), newsletter.sectionKey(),
                        newsletter.position(), newsletter.active(), newsletter.key())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO newsletters (newsletter_key, name, description, schedule, send_cron, section_key,
                    position, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(newsletter.key(), newsletter.name(), description, schedule, newsletter.sendCron(),
                            newsletter.sectionKey(), newsletter.position(), newsletter.active())
                    .update();
        }
        return find(newsletter.key()).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> choicesOf(UUID accountId) {
        return new LinkedHashSet<>(jdbc.sql("""
                SELECT c.newsletter_key FROM newsletter_choices c JOIN newsletters n ON n.newsletter_key = c.newsletter_key
                WHERE c.account_id = ? ORDER BY n.position, n.name""")
                .param(accountId).query(String.class).list());
    }

    @Override
    @Transactional
    public void subscribe(UUID accountId, String key) {
        Newsletter newsletter = find(key).filter(Newsletter::active)
                .orElseThrow(() -> new ReaderTargetNotFoundException("newsletter", key));
        jdbc.sql("""
                INSERT INTO newsletter_choices (account_id, newsletter_key, chosen_at) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(accountId, newsletter.key(), SqlTime.of(clocks.getIfAvailable(Clock::systemUTC).instant()))
                .update();
    }

    @Override
    @Transactional
    public void unsubscribe(UUID accountId, String key) {
        Newsletter newsletter = find(key).orElseThrow(() -> new ReaderTargetNotFoundException("newsletter", key));
        jdbc.sql("DELETE FROM newsletter_choices WHERE account_id = ? AND newsletter_key = ?")
                .params(accountId, newsletter.key()).update();
    }

    @Override
    @Transactional
    public void choose(UUID accountId, Set<String> keys) {
        Set<String> wanted = keys == null ? Set.of() : keys;
        for (Newsletter newsletter : all()) {
            if (newsletter.active() && wanted.contains(newsletter.key())) {
                subscribe(accountId, newsletter.key());
            } else if (!wanted.contains(newsletter.key())) {
                unsubscribe(accountId, newsletter.key());
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> subscribers(String key) {
        return jdbc.sql("SELECT account_id FROM newsletter_choices WHERE newsletter_key = ? ORDER BY account_id")
                .param(key).query(UUID.class).list();
    }

    @Override
    public String unsubscribeToken(UUID accountId, String key) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        ByteBuffer payload = ByteBuffer.allocate(16 + keyBytes.length);
        payload.putLong(accountId.getMostSignificantBits()).putLong(accountId.getLeastSignificantBits()).put(keyBytes);
        String body = ENCODER.encodeToString(payload.array());
        return body + "." + ENCODER.encodeToString(sign(body));
    }

    @Override
    public Optional<UnsubscribeRequest> verifyUnsubscribeToken(String token) {
        if (token == null || token.length() > 300) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return Optional.empty();
        }
        String body = token.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(body))) {
                return Optional.empty();
            }
            byte[] payload = DECODER.decode(body);
            if (payload.length <= 16) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(payload);
            UUID accountId = new UUID(buffer.getLong(), buffer.getLong());
            String key = new String(payload, 16, payload.length - 16, StandardCharsets.UTF_8);
            return Optional.of(new UnsubscribeRequest(accountId, key));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String body) {
        return secrets.hmacSha256(KEY_NAME, "unsubscribe:" + body);
    }

}
