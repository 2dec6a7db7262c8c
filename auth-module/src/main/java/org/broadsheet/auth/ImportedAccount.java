package org.broadsheet.auth;

/** What importing a reader did to their account. */
public record ImportedAccount(AccountView account, Change change) {

    /** Whether the account was created, changed or already as imported. */
    public enum Change { CREATED, UPDATED, UNCHANGED }
}
