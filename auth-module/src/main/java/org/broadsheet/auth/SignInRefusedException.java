package org.broadsheet.auth;

import java.time.Duration;

/**
 * Why a sign-in with email and password was refused. The three subclasses are the only answers:
 * the same {@link BadCredentials} for an unknown email and a wrong password.
 */
public abstract sealed class SignInRefusedException extends RuntimeException {

    SignInRefusedException(String message) {
        super(message);
    }

    /** Unknown email or wrong password, deliberately indistinguishable. */
    public static final class BadCredentials extends SignInRefusedException {
        public BadCredentials() {
            super("Wrong email or password");
        }
    }

    /** The account was locked by staff. */
    public static final class AccountLocked extends SignInRefusedException {
        public AccountLocked() {
            super("This account is locked");
        }
    }

    /** Too many failed attempts for this email or client address; try again after {@link #retryAfter()}. */
    public static final class TooManyAttempts extends SignInRefusedException {
        private final Duration retryAfter;

        public TooManyAttempts(Duration retryAfter) {
            super("Too many failed sign-in attempts");
            this.retryAfter = retryAfter;
        }

        /** How long until an attempt may succeed again; at least one second. */
        public Duration retryAfter() {
            return retryAfter;
        }
    }
}
