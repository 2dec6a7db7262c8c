package org.broadsheet.auth.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.broadsheet.auth.AccountPrincipal;
import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.Role;

/** One row of the accounts table, with the secrets that never leave the module. */
public record AccountRow(UUID id, String email, String name, String passwordHash, Set<Role> roles,
                         boolean emailVerified, String pendingEmail, boolean locked, Instant createdAt,
                         int credentialsVersion) {

    public AccountView view() {
        return new AccountView(id, email, name, roles, emailVerified, locked, createdAt);
    }

    public AccountPrincipal principal() {
        return new AccountPrincipal(id, email, name, roles, emailVerified, locked, credentialsVersion, passwordHash);
    }
}
