package org.broadsheet.web.support;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is reading: turns Spring Security's authentication into a {@link SignedInReader}, so controllers
 * never touch {@link Authentication} and modules only ever see an account id.
 */
@Component
public class CurrentReaders {

    private final PrincipalReaders principals;

    public CurrentReaders(PrincipalReaders principals) {
        this.principals = principals;
    }

    /** The signed-in reader of the current request, or empty for an anonymous visitor. */
    public Optional<SignedInReader> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return principals.readerOf(authentication.getPrincipal());
    }
}
