package org.broadsheet.auth.account;

import java.util.EnumSet;
import java.util.UUID;

import org.broadsheet.auth.Role;
import org.broadsheet.auth.config.AdminProperties;
import org.broadsheet.auth.config.AuthClock;
import org.broadsheet.auth.password.PasswordPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first ADMIN from BROADSHEET_ADMIN_EMAIL/_PASSWORD; the unique email makes it safe when
 * several instances start at once.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AdminProperties admin;
    private final AccountRows accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuthClock clock;

    AdminBootstrap(AdminProperties admin, AccountRows accounts, PasswordEncoder encoder, PasswordPolicy policy, AuthClock clock) {
        this.admin = admin;
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!admin.isComplete()) {
            return;
        }
        String email = AccountInput.normaliseEmail(admin.email());
        if (!AccountInput.emailProblems(email).isEmpty()) {
            throw new IllegalStateException("BROADSHEET_ADMIN_EMAIL is not a valid email address");
        }
        if (accounts.emailExists(email)) {
            return;
        }
        policy.check(admin.password(), email, "password").ifPresent(problem ->
                log.warn("BROADSHEET_ADMIN_PASSWORD breaks the password policy ({}); change it after signing in", problem.message()));
        try {
            accounts.insert(new AccountRow(UUID.randomUUID(), email, "Administrator", encoder.encode(admin.password()),
                    EnumSet.of(Role.READER, Role.ADMIN), true, null, false, clock.now(), 0));
            log.info("Created the ADMIN account from BROADSHEET_ADMIN_EMAIL");
        } catch (DataIntegrityViolationException e) {
            log.info("The ADMIN account was created by another instance");
        }
    }
}
