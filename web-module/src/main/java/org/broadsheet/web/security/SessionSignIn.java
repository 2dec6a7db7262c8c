package org.broadsheet.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.auth.AccountPrincipal;
import org.broadsheet.web.support.ReaderSignInListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a browser in outside the login form (after registration, or again after its own password change). */
@Component
public class SessionSignIn {

    private static final Logger log = LoggerFactory.getLogger(SessionSignIn.class);

    private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final ObjectProvider<ReaderSignInListener> listeners;

    SessionSignIn(ObjectProvider<ReaderSignInListener> listeners) {
        this.listeners = listeners;
    }

    SecurityContextRepository repository() {
        return repository;
    }

    /** Puts the principal into a fresh session id (no fixation) and tells the sign-in listeners when asked to. */
    public void signIn(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response, boolean newSignIn) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
        if (newSignIn) {
            signedIn(principal, request, response);
        }
    }

    void signedIn(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        listeners.orderedStream().forEach(listener -> {
            try {
                listener.readerSignedIn(principal.accountId(), request, response);
            } catch (RuntimeException e) {
                log.warn("Sign-in listener {} failed: {}", listener.getClass().getSimpleName(), e.toString());
            }
        });
    }
}
