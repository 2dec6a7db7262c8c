package org.broadsheet.web.security;

import java.util.Optional;
import java.util.stream.Collectors;

import org.broadsheet.auth.AccountPrincipal;
import org.broadsheet.auth.Role;
import org.broadsheet.web.support.PrincipalReaders;
import org.broadsheet.web.support.SignedInReader;
import org.springframework.stereotype.Component;

/** Maps auth's principal (from a session, remember-me or a bearer token) to the web's signed-in reader. */
@Component
class AccountPrincipalReaders implements PrincipalReaders {

    @Override
    public Optional<SignedInReader> readerOf(Object principal) {
        if (principal instanceof AccountPrincipal account) {
            return Optional.of(new SignedInReader(account.accountId(), account.email(), account.name(),
                    account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()), account.emailVerified()));
        }
        return Optional.empty();
    }
}
