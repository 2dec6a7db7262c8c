package org.broadsheet.auth;

/** What an account may do: every account reads; SUPPORT, EDITOR and ADMIN are staff. */
public enum Role {
    READER, SUPPORT, EDITOR, ADMIN;

    /** Whether this role makes its holder staff. */
    public boolean isStaff() {
        return this != READER;
    }
}
