package org.broadsheet.auth.token;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.broadsheet.auth.config.AuthClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Emailed single-use tokens (verification, reset), stored hashed with their purpose and the address they confirm. */
@Repository
public class OneTimeTokens {

    public static final String VERIFY_EMAIL = "VERIFY_EMAIL";
    public static final String RESET_PASSWORD = "RESET_PASSWORD";

    private final JdbcClient jdbc;
    private final AuthClock clock;

    OneTimeTokens(JdbcClient jdbc, AuthClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A usable token: whose account it is and which address it confirms. */
    public record OneTimeToken(UUID id, UUID accountId, String email) {
    }

    /** Stores a new token's hash and returns the raw value, which only the mail will carry. */
    public String issue(UUID accountId, String purpose, String email, Duration validFor) {
        String raw = Tokens.newRawToken();
        Instant now = clock.now();
        jdbc.sql("""
                INSERT INTO account_tokens (id, account_id, purpose, token_hash, email, created_at, expires_at)
                VALUES (:id, :account, :purpose, :hash, :email, :now, :expires)""")
                .param("id", UUID.randomUUID()).param("account", accountId).param("purpose", purpose)
                .param("hash", Tokens.hash(raw)).param("email", email)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(validFor)))
                .update();
        return raw;
    }

    /** The token when it exists for this purpose, is unused and unexpired. */
    public Optional<OneTimeToken> find(String purpose, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT id, account_id, email FROM account_tokens
                WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now""")
                .param("hash", Tokens.hash(raw)).param("purpose", purpose).param("now", Timestamp.from(clock.now()))
                .query((rs, n) -> new OneTimeToken(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                        rs.getString("email")))
                .optional();
    }

    /** Uses the token up; true only for the one caller that used it (safe against a double submit). */
    public boolean use(OneTimeToken token) {
        return jdbc.sql("UPDATE account_tokens SET used_at = :now WHERE id = :id AND used_at IS NULL")
                .param("now", Timestamp.from(clock.now())).param("id", token.id()).update() == 1;
    }

    /** Uses up every open token of this purpose, so only the newest mail's link works. */
    public void retireAll(UUID accountId, String purpose) {
        jdbc.sql("UPDATE account_tokens SET used_at = :now WHERE account_id = :account AND purpose = :purpose AND used_at IS NULL")
                .param("now", Timestamp.from(clock.now())).param("account", accountId).param("purpose", purpose).update();
    }

    /** How many tokens of this purpose the account got since {@code since}. */
    public int countSince(UUID accountId, String purpose, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM account_tokens WHERE account_id = :account AND purpose = :purpose AND created_at > :since")
                .param("account", accountId).param("purpose", purpose).param("since", Timestamp.from(since))
                .query(Integer.class).single();
    }

    public void deleteAll(UUID accountId) {
        jdbc.sql("DELETE FROM account_tokens WHERE account_id = :account").param("account", accountId).update();
    }
}
