package org.broadsheet.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reader and staff accounts: registration, profile changes, verification, roles, locks and erasure. */
public interface ReaderAccounts {

    /**
     * Registers a reader (role READER, email not yet verified) and mails a verification link and a welcome.
     *
     * @throws InvalidAccountInput when email, password or name break the rules (all problems at once)
     * @throws EmailTakenException when the normalised email already has an account
     */
    AccountView register(String email, String password, String name);

    /** The account with this id, or empty. */
    Optional<AccountView> findById(UUID id);

    /** The account with this email (normalised before lookup), or empty; {@code email} may be null. */
    Optional<AccountView> findByEmail(String email);

    /** Accounts whose email or name contains {@code query} (case-insensitive), by email, at most {@code limit}. */
    List<AccountView> search(String query, int limit);

    /**
     * One chunk of every account, in id order: up to {@code limit} accounts whose id comes after {@code after}
     * ({@code after} null: from the first). Exports read all accounts chunk by chunk with this, each chunk one
     * indexed query, so memory stays bounded however many accounts there are.
     */
    List<AccountView> inIdOrderAfter(UUID after, int limit);

    /**
     * Confirms the address of the token: verifies the current email, or switches to a requested new one.
     *
     * @throws InvalidTokenException when the token is unknown, used or expired
     * @throws EmailTakenException when the requested new address was taken in the meantime
     */
    AccountView verifyEmail(String token);

    /** Mails a fresh verification link unless the email is already verified. */
    void resendVerification(UUID accountId);

    /**
     * Changes the password after checking the current one; every API token and other session stops working.
     *
     * @throws InvalidAccountInput on a wrong current password (field {@code currentPassword}) or a weak new one
     *                             (field {@code password})
     */
    void changePassword(UUID accountId, String currentPassword, String newPassword);

    /**
     * Requests a change of email after checking the password: a link goes to the new address, and the
     * account switches to it once that link is followed.
     *
     * @throws InvalidAccountInput on a wrong password (field {@code password}) or an invalid email (field {@code email})
     * @throws EmailTakenException when the new address already has an account
     */
    void changeEmail(UUID accountId, String password, String newEmail);

    /** Whether {@code password} is this account's password; false for an unknown account. */
    boolean passwordMatches(UUID accountId, String password);

    /** When the account's current email was confirmed through a mailed link; empty when not (or not by link). */
    Optional<Instant> emailVerifiedAt(UUID accountId);

    /** Locks the account: it cannot sign in, and its tokens and sessions stop working. */
    AccountView lock(UUID accountId, String reason);

    /** Unlocks the account; it signs in again with its password. */
    AccountView unlock(UUID accountId);

    /** Replaces the roles; READER is always kept. */
    AccountView setRoles(UUID accountId, Set<Role> roles);

    /**
     * Erases personal data: email, name and password are replaced, tokens and mails deleted, the account
     * locked. The id stays so that records of other modules keep their reference.
     */
    void erase(UUID accountId);
}
