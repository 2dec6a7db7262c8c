package org.broadsheet.auth;

import java.util.Optional;
import java.util.UUID;

/** Opaque bearer tokens for the app: issued for email and password, stored only as hashes. */
public interface ApiTokens {

    /**
     * Issues a token after checking email and password, counting failures per email and per client address.
     *
     * @param clientAddress the caller's network address, used for throttling; may be null
     * @throws SignInRefusedException.BadCredentials for an unknown email or a wrong password
     * @throws SignInRefusedException.AccountLocked for a locked account (after a correct password)
     * @throws SignInRefusedException.TooManyAttempts while too many recent attempts failed
     */
    IssuedToken issue(String email, String password, String clientAddress);

    /** The account of a live token (not expired, not revoked, account not locked); empty otherwise or for null. */
    Optional<AccountView> authenticate(String rawToken);

    /** Revokes one token; unknown tokens are ignored. */
    void revoke(String rawToken);

    /** Revokes every token of the account. */
    void revokeAll(UUID accountId);
}
