package org.broadsheet.web.security;

import org.broadsheet.auth.AccountSignInsRevoked;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Component;

/** Forgets an account's remember-me logins when auth revokes its sign-ins (reset, lock, erasure). */
@Component
class RememberMeRevocation {

    private final PersistentTokenRepository rememberMeTokens;

    RememberMeRevocation(PersistentTokenRepository rememberMeTokens) {
        this.rememberMeTokens = rememberMeTokens;
    }

    @EventListener
    void on(AccountSignInsRevoked revoked) {
        rememberMeTokens.removeUserTokens(revoked.email());
    }
}
