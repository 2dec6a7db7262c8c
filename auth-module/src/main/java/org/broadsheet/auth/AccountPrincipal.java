package org.broadsheet.auth;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as Spring Security holds it (in sessions too, so it is serializable): the
 * username is the email, authorities are {@code ROLE_<role>}, and the credentials version tells whether a
 * password change or lock happened since.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final String email;
    private final String name;
    private final EnumSet<Role> roles;
    private final boolean emailVerified;
    private final boolean locked;
    private final int credentialsVersion;
    private String passwordHash;

    public AccountPrincipal(UUID accountId, String email, String name, Set<Role> roles, boolean emailVerified,
                            boolean locked, int credentialsVersion, String passwordHash) {
        this.accountId = accountId;
        this.email = email;
        this.name = name;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.emailVerified = emailVerified;
        this.locked = locked;
        this.credentialsVersion = credentialsVersion;
        this.passwordHash = passwordHash;
    }

    /** The account's id; never null. */
    public UUID accountId() {
        return accountId;
    }

    /** The sign-in email, normalised; never null. */
    public String email() {
        return email;
    }

    /** The account holder's name; never null. */
    public String name() {
        return name;
    }

    /** The roles at the time this principal was made; never empty for a real account. */
    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /** Whether the email address was confirmed. */
    public boolean emailVerified() {
        return emailVerified;
    }

    /** Bumped by a password change, reset, lock or erasure; -1 for principals made from an API token. */
    public int credentialsVersion() {
        return credentialsVersion;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        return authorities;
    }

    /** The password hash (for Spring's own checks), null once erased. */
    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && accountId.equals(that.accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + accountId + "]";
    }
}
