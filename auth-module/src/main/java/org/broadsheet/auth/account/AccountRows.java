package org.broadsheet.auth.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.broadsheet.auth.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over the accounts table, portable between H2 and PostgreSQL. */
@Repository
public class AccountRows {

    private static final String COLUMNS = """
            id, email, name, password_hash, roles, email_verified, pending_email, locked, created_at, credentials_version""";

    private static final String BY_LIVE_TOKEN = "SELECT t.id AS token_id, t.last_used_at AS token_last_used_at, "
            + COLUMNS.replaceAll("(\\w+)", "a.$1")
            + " FROM api_tokens t JOIN accounts a ON a.id = t.account_id"
            + " WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now";

    private final JdbcClient jdbc;

    AccountRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new account; a taken email surfaces as Spring's DuplicateKeyException. */
    public void insert(AccountRow row) {
        jdbc.sql("""
                INSERT INTO accounts (id, email, name, password_hash, roles, email_verified, locked, created_at,
                                      credentials_changed_at, credentials_version)
                VALUES (:id, :email, :name, :hash, :roles, :verified, :locked, :created, :created, :version)""")
                .param("id", row.id()).param("email", row.email()).param("name", row.name())
                .param("hash", row.passwordHash()).param("roles", rolesColumn(row.roles()))
                .param("verified", row.emailVerified()).param("locked", row.locked())
                .param("created", Timestamp.from(row.createdAt())).param("version", row.credentialsVersion())
                .update();
    }

    public Optional<AccountRow> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE id = :id").param("id", id)
                .query(AccountRows::map).optional();
    }

    /** An account with the API token that named it. */
    public record TokenHolder(AccountRow account, UUID tokenId, Instant tokenLastUsedAt) {
    }

    /**
     * The account holding a live (unrevoked, unexpired at {@code now}) API token with this hash, with the token's id
     * and last use (null when never used), in one query; empty when no live token has this hash.
     */
    public Optional<TokenHolder> findByLiveToken(String tokenHash, Timestamp now) {
        return jdbc.sql(BY_LIVE_TOKEN)
                .param("hash", tokenHash).param("now", now)
                .query((rs, n) -> {
                    Timestamp used = rs.getTimestamp("token_last_used_at");
                    return new TokenHolder(map(rs, n), rs.getObject("token_id", UUID.class),
                            used == null ? null : used.toInstant());
                })
                .optional();
    }

    public Optional<AccountRow> findByEmail(String normalisedEmail) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE email = :email").param("email", normalisedEmail)
                .query(AccountRows::map).optional();
    }

    public boolean emailExists(String normalisedEmail) {
        return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE email = :email").param("email", normalisedEmail)
                .query(Integer.class).single() > 0;
    }

    public List<AccountRow> search(String query, int limit) {
        String like = "%" + query.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE email LIKE :q ESCAPE '\\' OR LOWER(name) LIKE :q ESCAPE '\\' ORDER BY email")
                .param("q", like).query(AccountRows::map).list().stream().limit(limit).toList();
    }

    /** Up to {@code limit} accounts after {@code after} (null: from the first) in id order. */
    public List<AccountRow> inIdOrderAfter(UUID after, int limit) {
        if (after == null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM accounts ORDER BY id LIMIT :limit").param("limit", limit)
                    .query(AccountRows::map).list();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE id > :after ORDER BY id LIMIT :limit")
                .param("after", after).param("limit", limit).query(AccountRows::map).list();
    }

    /** When the account's current email was confirmed with a verification token; empty when it was not. */
    public Optional<Instant> verifiedAt(UUID id) {
        return jdbc.sql("""
                SELECT MAX(t.used_at) FROM account_tokens t JOIN accounts a ON a.id = t.account_id
                WHERE t.account_id = :id AND t.purpose = 'VERIFY_EMAIL' AND t.email = a.email AND a.email_verified = TRUE""")
                .param("id", id).query((rs, n) -> rs.getTimestamp(1)).list().stream()
                .filter(java.util.Objects::nonNull).map(Timestamp::toInstant).findFirst();
    }

    public void markVerified(UUID id) {
        jdbc.sql("UPDATE accounts SET email_verified = TRUE WHERE id = :id").param("id", id).update();
    }

    public void switchEmail(UUID id, String email) {
        jdbc.sql("UPDATE accounts SET email = :email, email_verified = TRUE, pending_email = NULL WHERE id = :id")
                .param("email", email).param("id", id).update();
    }

    public void requestEmail(UUID id, String pendingEmail) {
        jdbc.sql("UPDATE accounts SET pending_email = :email WHERE id = :id").param("email", pendingEmail).param("id", id).update();
    }

    /** Sets a new password hash and bumps the credentials version, which ends every session. */
    public void changePassword(UUID id, String hash, Instant at) {
        jdbc.sql("""
                UPDATE accounts SET password_hash = :hash, credentials_changed_at = :at,
                       credentials_version = credentials_version + 1 WHERE id = :id""")
                .param("hash", hash).param("at", Timestamp.from(at)).param("id", id).update();
    }

    public void lock(UUID id, String reason, Instant at) {
        jdbc.sql("""
                UPDATE accounts SET locked = TRUE, locked_reason = :reason, locked_at = :at, credentials_changed_at = :at,
                       credentials_version = credentials_version + 1 WHERE id = :id""")
                .param("reason", reason).param("at", Timestamp.from(at)).param("id", id).update();
    }

    public void unlock(UUID id) {
        jdbc.sql("UPDATE accounts SET locked = FALSE, locked_reason = NULL, locked_at = NULL WHERE id = :id")
                .param("id", id).update();
    }

    public void setRoles(UUID id, Set<Role> roles) {
        jdbc.sql("UPDATE accounts SET roles = :roles WHERE id = :id").param("roles", rolesColumn(roles)).param("id", id).update();
    }

    public void erase(UUID id, String email, String name, String hash, Instant at) {
        jdbc.sql("""
                UPDATE accounts SET email = :email, name = :name, password_hash = :hash, pending_email = NULL,
                       email_verified = FALSE, locked = TRUE, locked_reason = 'erased', locked_at = :at,
                       credentials_changed_at = :at, credentials_version = credentials_version + 1 WHERE id = :id""")
                .param("email", email).param("name", name).param("hash", hash).param("at", Timestamp.from(at))
                .param("id", id).update();
    }

    /** Sets the creation date (an account brought over keeps its age on the old platform). */
    public void setCreatedAt(UUID id, Instant createdAt) {
        jdbc.sql("UPDATE accounts SET created_at = :created WHERE id = :id")
                .param("created", Timestamp.from(createdAt)).param("id", id).update();
    }

    /** The account's labels, sorted. */
    public java.util.SortedSet<String> labels(UUID id) {
        return new java.util.TreeSet<>(jdbc.sql("SELECT label FROM account_labels WHERE account_id = :id")
                .param("id", id).query(String.class).list());
    }

    /** Adds a label the account does not have yet. */
    public void addLabel(UUID id, String label) {
        jdbc.sql("INSERT INTO account_labels (account_id, label) VALUES (:id, :label)")
                .param("id", id).param("label", label).update();
    }

    public void deleteLabels(UUID id) {
        jdbc.sql("DELETE FROM account_labels WHERE account_id = :id").param("id", id).update();
    }

    private static String rolesColumn(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private static AccountRow map(ResultSet rs, int rowNum) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        return new AccountRow(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("name"),
                rs.getString("password_hash"), roles, rs.getBoolean("email_verified"), rs.getString("pending_email"),
                rs.getBoolean("locked"), rs.getTimestamp("created_at").toInstant(), rs.getInt("credentials_version"));
    }
}
