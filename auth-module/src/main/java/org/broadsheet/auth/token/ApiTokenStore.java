package org.broadsheet.auth.token;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.broadsheet.auth.AccountPrincipal;
import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.ApiTokens;
import org.broadsheet.auth.IssuedToken;
import org.broadsheet.auth.PasswordSignIn;
import org.broadsheet.auth.account.AccountRows;
import org.broadsheet.auth.config.AuthClock;
import org.broadsheet.auth.config.AuthProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** API tokens in the database (hash only), so every instance sees an issue or a revocation at once. */
@Service
class ApiTokenStore implements ApiTokens {

    private final JdbcClient jdbc;
    private final PasswordSignIn signIn;
    private final AccountRows accounts;
    private final AuthClock clock;
    private final AuthProperties properties;

    ApiTokenStore(JdbcClient jdbc, PasswordSignIn signIn, AccountRows accounts, AuthClock clock, AuthProperties properties) {
        this.jdbc = jdbc;
        this.signIn = signIn;
        this.accounts = accounts;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public IssuedToken issue(String email, String password, String clientAddress) {
        AccountPrincipal principal = signIn.signIn(email, password, clientAddress);
        String raw = Tokens.newRawToken();
        Instant now = clock.now();
        Instant expiresAt = now.plus(properties.tokenTtl());
        jdbc.sql("""
                INSERT INTO api_tokens (id, account_id, token_hash, created_at, expires_at)
                VALUES (:id, :account, :hash, :now, :expires)""")
                .param("id", UUID.randomUUID()).param("account", principal.accountId()).param("hash", Tokens.hash(raw))
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt)).update();
        return new IssuedToken(raw, expiresAt);
    }

    @Override
    public Optional<AccountView> authenticate(String rawToken) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.now();
        // the token and its account in one query; a locked account signs nothing in
        Optional<AccountRows.TokenHolder> holder = accounts.findByLiveToken(Tokens.hash(rawToken), Timestamp.from(now))
                .filter(found -> !found.account().locked());
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        Instant lastUsed = holder.get().tokenLastUsedAt();
        if (lastUsed == null || lastUsed.isBefore(now.minusSeconds(60))) {
            jdbc.sql("UPDATE api_tokens SET last_used_at = :now WHERE id = :id")
                    .param("now", Timestamp.from(now)).param("id", holder.get().tokenId()).update();
        }
        return Optional.of(holder.get().account().view());
    }

    @Override
    public void revoke(String rawToken) {
        if (rawToken == null || rawToken.isBlank()) {
            return;
        }
        jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("now", Timestamp.from(clock.now())).param("hash", Tokens.hash(rawToken)).update();
    }

    @Override
    public void revokeAll(UUID accountId) {
        jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE account_id = :account AND revoked_at IS NULL")
                .param("now", Timestamp.from(clock.now())).param("account", accountId).update();
    }
}
