package org.broadsheet.auth;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Accounts brought over from another platform. An imported account has no usable password until its holder
 * sets one through the password-reset link, and no mail is sent unless an invitation is asked for.
 */
public interface AccountImports {

    /** The email as accounts keep it (trimmed, lower case); null for null. */
    String normaliseEmail(String email);

    /** What is wrong with this email and name for an account (fields {@code email}, {@code name}); empty when fine. */
    List<FieldProblem> problems(String email, String name);

    /**
     * Creates the account, or brings an existing one (same normalised email) in line: missing labels are added and
     * an earlier creation date is taken. An existing account keeps its name, password, roles and verification.
     * Doing it again with the same reader changes nothing.
     *
     * @throws InvalidAccountInput when email or name break the account rules
     */
    ImportedAccount bring(ImportedReader reader);

    /** The account's labels, sorted; empty for an unknown account. */
    Set<String> labelsOf(UUID accountId);

    /**
     * Mails an imported account whose holder has not chosen a password yet a "set your password" invitation (a
     * password-reset link valid for seven days), at most once per account however often it is asked.
     *
     * @return false when nothing was sent: already invited, a password was set, or the account is locked
     * @throws IllegalArgumentException for an unknown account
     */
    boolean invite(UUID accountId);
}
