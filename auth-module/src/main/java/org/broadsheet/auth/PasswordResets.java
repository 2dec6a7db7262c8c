package org.broadsheet.auth;

/** Forgotten passwords: a single-use link, valid 30 minutes, sent by mail. */
public interface PasswordResets {

    /** Mails a reset link when an account has this email; silently does nothing otherwise (email may be null). */
    void request(String email);

    /**
     * Sets a new password with a mailed token; the token is used up, and every API token, session and
     * remember-me login of the account stops working.
     *
     * @throws InvalidTokenException when the token is unknown, used or expired
     * @throws InvalidAccountInput when the new password breaks the policy (field {@code password})
     */
    void confirm(String token, String newPassword);

    /** Whether the token would currently be accepted by {@link #confirm}; false for null. */
    boolean isUsable(String token);
}
