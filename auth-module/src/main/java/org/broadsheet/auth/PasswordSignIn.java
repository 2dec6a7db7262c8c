package org.broadsheet.auth;

import java.util.Optional;
import java.util.UUID;

/** Email-and-password sign-in for the site's login form, with the same throttle as {@link ApiTokens}. */
public interface PasswordSignIn {

    /**
     * Checks email and password.
     *
     * @param clientAddress the caller's network address, used for throttling; may be null
     * @throws SignInRefusedException one of its three subclasses
     */
    AccountPrincipal signIn(String email, String password, String clientAddress);

    /**
     * The principal as the account is now, when it may still be signed in: not locked, not erased, and its
     * password unchanged since {@code principal} was issued. Empty means the session must end.
     */
    Optional<AccountPrincipal> refresh(AccountPrincipal principal);

    /** The principal for an account as it is now (e.g. after its own password change); empty when locked or unknown. */
    Optional<AccountPrincipal> current(UUID accountId);
}
