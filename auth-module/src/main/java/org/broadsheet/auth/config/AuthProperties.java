package org.broadsheet.auth.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in and account mail.
 *
 * @param tokenTtl How long an API token from POST /api/v1/auth/token lives (BROADSHEET_AUTH_TOKEN_TTL),
 *                 e.g. P365D for a dedicated metrics scrape account.
 * @param mailFrom The sender (From header) of account mail: verification, password reset, welcome and billing mail.
 */
@ConfigurationProperties("broadsheet.auth")
public record AuthProperties(@DefaultValue("P30D") Duration tokenTtl,
                             @DefaultValue("Broadsheet <no-reply@broadsheet.local>") String mailFrom) {
}
