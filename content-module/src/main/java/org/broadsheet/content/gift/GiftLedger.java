package org.broadsheet.content.gift;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;


import org.broadsheet.content.GiftLinkView;
import org.broadsheet.content.visitor.SharedSecrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gift link rows and tokens. A token is {@code random.signature}: 144 random bits (stored only as a SHA-256
 * hash) and an HMAC-SHA256 over the random part and the article's slug, so a token is unguessable and shown
 * for any other article fails before the database is asked.
 */
@Component
public class GiftLedger {

    static final String KEY_NAME = "gift-link-key";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Pattern TOKEN = Pattern.compile("([A-Za-z0-9_-]{24})\\.([A-Za-z0-9_-]{43})");

    /** A link just made: its id and the token to hand out. */
    public record Made(UUID id, String token) {
    }

    private final JdbcClient jdbc;
    private final SharedSecrets secrets;

    GiftLedger(JdbcClient jdbc, SharedSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /** Takes one gift from the giver's quota of the month, atomically; false when none is left. */
    public boolean takeFromQuota(UUID giverId, String month, int quota) {
        jdbc.sql("INSERT INTO gift_months (giver_id, gift_month, used) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
                .params(giverId, month).update();
        return jdbc.sql("UPDATE gift_months SET used = used + 1 WHERE giver_id = ? AND gift_month = ? AND used < ?")
                .params(giverId, month, quota).update() == 1;
    }

    /** Gift links made in this month. */
    public int used(UUID giverId, String month) {
        return jdbc.sql("SELECT used FROM gift_months WHERE giver_id = ? AND gift_month = ?")
                .params(giverId, month).query(Integer.class).optional().orElse(0);
    }

    public Made make(UUID giverId, String slug, Instant now, Instant expiresAt) {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String id = ENCODER.encodeToString(random);
        String token = id + "." + ENCODER.encodeToString(sign(id, slug));
        UUID giftId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO gift_links (id, giver_id, article_slug, token_hash, created_at, expires_at, opens)
                VALUES (?, ?, ?, ?, ?, ?, 0)""")
                .params(giftId, giverId, slug, hash(id), sql(now), sql(expiresAt)).update();
        return new Made(giftId, token);
    }

    /** The id of the live link this token is for, when it was made for exactly this slug; empty otherwise. */
    public Optional<UUID> verify(String token, String slug, Instant now) {
        if (token == null || slug == null) {
            return Optional.empty();
        }
        var matcher = TOKEN.matcher(token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        byte[] signature;
        try {
            signature = DECODER.decode(matcher.group(2));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(signature, sign(matcher.group(1), slug))) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT id FROM gift_links WHERE token_hash = ? AND article_slug = ? AND revoked_at IS NULL
                AND expires_at > ?""")
                .params(hash(matcher.group(1)), slug, sql(now)).query(UUID.class).optional();
    }

    public void opened(UUID giftId, Instant now) {
        jdbc.sql("UPDATE gift_links SET opens = opens + 1, last_opened_at = ? WHERE id = ?")
                .params(sql(now), giftId).update();
    }

    public boolean revoke(UUID giverId, UUID giftId, Instant now) {
        int found = jdbc.sql("SELECT COUNT(*) FROM gift_links WHERE id = ? AND giver_id = ?")
                .params(giftId, giverId).query(Integer.class).single();
        if (found == 0) {
            return false;
        }
        jdbc.sql("UPDATE gift_links SET revoked_at = ? WHERE id = ? AND giver_id = ? AND revoked_at IS NULL")
                .params(sql(now), giftId, giverId).update();
        return true;
    }

    public List<GiftLinkView> given(UUID giverId, Instant now) {
        return jdbc.sql("SELECT * FROM gift_links WHERE giver_id = ? ORDER BY created_at DESC, id")
                .param(giverId)
                .query((rs, n) -> {
                    Instant expires = instant(rs, "expires_at");
                    Instant revoked = instant(rs, "revoked_at");
                    GiftLinkView.Status status = revoked != null ? GiftLinkView.Status.REVOKED
                            : !expires.isAfter(now) ? GiftLinkView.Status.EXPIRED : GiftLinkView.Status.ACTIVE;
                    return new GiftLinkView(rs.getObject("id", UUID.class), giverId, rs.getString("article_slug"), null,
                            instant(rs, "created_at"), expires, revoked, rs.getInt("opens"),
                            instant(rs, "last_opened_at"), status);
                }).list();
    }

    private byte[] sign(String id, String slug) {
        return secrets.hmacSha256(KEY_NAME, "gift:" + id + ":" + slug);
    }


    private static String hash(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static OffsetDateTime sql(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
