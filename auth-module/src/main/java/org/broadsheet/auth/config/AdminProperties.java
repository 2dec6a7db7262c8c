package org.broadsheet.auth.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The ADMIN account created at start-up when both values are set (BROADSHEET_ADMIN_EMAIL, _PASSWORD).
 *
 * @param email    Email of the first ADMIN, created at start-up when no account has it (BROADSHEET_ADMIN_EMAIL).
 * @param password Password of that ADMIN (BROADSHEET_ADMIN_PASSWORD); remove it from the environment once the
 *                 account exists.
 */
@ConfigurationProperties("broadsheet.admin")
public record AdminProperties(String email, String password) {

    public boolean isComplete() {
        return email != null && !email.isBlank() && password != null && !password.isBlank();
    }
}
