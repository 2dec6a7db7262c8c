package org.broadsheet.auth;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An account as other modules and the web see it; never carries the password hash.
 *
 * @param roles never empty, always contains {@link Role#READER}
 */
public record AccountView(UUID id, String email, String name, Set<Role> roles, boolean emailVerified,
                          boolean locked, Instant createdAt) {

    public AccountView {
        roles = Set.copyOf(roles);
    }

    /** Whether any of the roles is a staff role. */
    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }
}
