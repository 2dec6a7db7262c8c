package org.broadsheet.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * Remember-me tokens stored only as SHA-256 hashes, like every other token: a copy of the table cannot be
 * turned into a cookie.
 */
final class HashedRememberMeTokens {

    private HashedRememberMeTokens() {
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Hashes token values on their way into the table. */
    static final class Repository implements PersistentTokenRepository {

        private final PersistentTokenRepository delegate;

        Repository(PersistentTokenRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public void createNewToken(PersistentRememberMeToken token) {
            delegate.createNewToken(new PersistentRememberMeToken(token.getUsername(), token.getSeries(),
                    hash(token.getTokenValue()), token.getDate()));
        }

        @Override
        public void updateToken(String series, String tokenValue, Date lastUsed) {
            delegate.updateToken(series, hash(tokenValue), lastUsed);
        }

        @Override
        public PersistentRememberMeToken getTokenForSeries(String seriesId) {
            return delegate.getTokenForSeries(seriesId);
        }

        @Override
        public void removeUserTokens(String username) {
            delegate.removeUserTokens(username);
        }
    }

    /** Compares the hash of the presented cookie token with the stored hash. */
    static final class Services extends PersistentTokenBasedRememberMeServices {

        Services(String key, UserDetailsService users, Repository tokens) {
            super(key, users, tokens);
        }

        @Override
        protected UserDetails processAutoLoginCookie(String[] cookieTokens, HttpServletRequest request, HttpServletResponse response) {
            String[] hashed = cookieTokens.clone();
            if (hashed.length == 2) {
                hashed[1] = hash(hashed[1]);
            }
            return super.processAutoLoginCookie(hashed, request, response);
        }
    }
}
