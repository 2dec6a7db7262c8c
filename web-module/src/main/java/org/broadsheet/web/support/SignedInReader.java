package org.broadsheet.web.support;

import java.util.Set;
import java.util.UUID;

/** The signed-in person behind a request, in the words every web feature needs. */
public record SignedInReader(UUID accountId, String email, String name, Set<String> roles, boolean emailVerified) {

    public boolean isStaff() {
        return roles.contains("SUPPORT") || roles.contains("EDITOR") || roles.contains("ADMIN");
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
