package org.broadsheet.web.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Form sign-in refused by the throttle; carries how long to wait. */
class TooManySignInAttempts extends AuthenticationException {

    private final Duration retryAfter;

    TooManySignInAttempts(Duration retryAfter) {
        super("Too many failed sign-in attempts");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
