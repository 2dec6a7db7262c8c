package org.broadsheet.auth.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The ADMIN account created at start-up when both values are set (BROADSHEET_ADMIN_EMAIL, _PASSWORD). */
@ConfigurationProperties("broadsheet.admin")
public record AdminProperties(String email, String password) {

    public boolean isComplete() {
        return email != null && !email.isBlank() && password != null && !password.isBlank();
    }
}
