package org.broadsheet.auth.signin;

import java.util.Optional;
import java.util.UUID;

import org.broadsheet.auth.AccountPrincipal;
import org.broadsheet.auth.PasswordSignIn;
import org.broadsheet.auth.SignInRefusedException;
import org.broadsheet.auth.account.AccountInput;
import org.broadsheet.auth.account.AccountRow;
import org.broadsheet.auth.account.AccountRows;
import org.broadsheet.auth.throttle.SignInThrottle;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The one place passwords are checked, so the form, the token call and the throttle agree. */
@Service
class PasswordChecks implements PasswordSignIn, UserDetailsService {

    private final AccountRows accounts;
    private final SignInThrottle throttle;
    private final PasswordEncoder encoder;
    private final String dummyHash;

    PasswordChecks(AccountRows accounts, SignInThrottle throttle, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.encoder = encoder;
        this.dummyHash = encoder.encode("not-a-password-" + UUID.randomUUID());
    }

    @Override
    public AccountPrincipal signIn(String email, String password, String clientAddress) {
        String normalised = AccountInput.normaliseEmail(email);
        throttle.blockedFor(normalised, clientAddress).ifPresent(wait -> {
            throw new SignInRefusedException.TooManyAttempts(wait);
        });
        String attempt = password == null ? "" : password;
        Optional<AccountRow> account = normalised == null || normalised.isEmpty()
                ? Optional.empty() : accounts.findByEmail(normalised);
        boolean matches;
        if (account.isPresent()) {
            matches = encoder.matches(attempt, account.get().passwordHash());
        } else {
            // same work as a real check, so an unknown email takes as long as a wrong password
            encoder.matches(attempt, dummyHash);
            matches = false;
        }
        if (!matches) {
            throttle.recordFailure(normalised, clientAddress);
            throw new SignInRefusedException.BadCredentials();
        }
        if (account.get().locked()) {
            throw new SignInRefusedException.AccountLocked();
        }
        throttle.clearEmail(normalised);
        return account.get().principal();
    }

    @Override
    public Optional<AccountPrincipal> refresh(AccountPrincipal principal) {
        return accounts.findById(principal.accountId())
                .filter(row -> !row.locked())
                .filter(row -> row.credentialsVersion() == principal.credentialsVersion())
                .map(row -> {
                    AccountPrincipal fresh = row.principal();
                    fresh.eraseCredentials();
                    return fresh;
                });
    }

    @Override
    public Optional<AccountPrincipal> current(UUID accountId) {
        return accounts.findById(accountId).filter(row -> !row.locked()).map(row -> {
            AccountPrincipal fresh = row.principal();
            fresh.eraseCredentials();
            return fresh;
        });
    }

    /** For remember-me: the account by email, locked ones reported as locked so Spring refuses them. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmail(AccountInput.normaliseEmail(username)).map(AccountRow::principal)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
