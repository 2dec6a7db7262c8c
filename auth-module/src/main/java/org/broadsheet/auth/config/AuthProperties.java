package org.broadsheet.auth.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of sign-in and account mail.
 *
 * @param tokenTtl how long an API token lives
 * @param mailFrom the sender of account mail
 */
@ConfigurationProperties("broadsheet.auth")
public record AuthProperties(@DefaultValue("P30D") Duration tokenTtl,
                             @DefaultValue("Broadsheet <no-reply@broadsheet.local>") String mailFrom) {
}
