package org.broadsheet.auth.password;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.broadsheet.auth.AccountSignInsRevoked;
import org.broadsheet.auth.ApiTokens;
import org.broadsheet.auth.InvalidAccountInput;
import org.broadsheet.auth.InvalidTokenException;
import org.broadsheet.auth.PasswordResets;
import org.broadsheet.auth.account.AccountInput;
import org.broadsheet.auth.account.AccountRow;
import org.broadsheet.auth.account.AccountRows;
import org.broadsheet.auth.config.AuthClock;
import org.broadsheet.auth.config.SiteAddress;
import org.broadsheet.auth.mail.OutboxMail;
import org.broadsheet.auth.token.OneTimeTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password reset by a mailed single-use link; a reset ends every sign-in the account had. */
@Service
class ResetByMail implements PasswordResets {

    static final Duration VALIDITY = Duration.ofMinutes(30);

    private final AccountRows accounts;
    private final OneTimeTokens tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final ApiTokens apiTokens;
    private final OutboxMail mail;
    private final AuthClock clock;
    private final SiteAddress site;
    private final ApplicationEventPublisher events;

    ResetByMail(AccountRows accounts, OneTimeTokens tokens, PasswordPolicy policy, PasswordEncoder encoder,
                ApiTokens apiTokens, OutboxMail mail, AuthClock clock, SiteAddress site, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.apiTokens = apiTokens;
        this.mail = mail;
        this.clock = clock;
        this.site = site;
        this.events = events;
    }

    @Override
    @Transactional
    public void request(String email) {
        String normalised = AccountInput.normaliseEmail(email);
        if (normalised == null || normalised.isEmpty()) {
            return;
        }
        accounts.findByEmail(normalised).filter(account -> !account.locked()).ifPresent(account -> {
            // at most three reset mails in 30 minutes, so nobody can flood a reader's inbox
            if (tokens.countSince(account.id(), OneTimeTokens.RESET_PASSWORD, clock.now().minus(VALIDITY)) >= 3) {
                return;
            }
            String token = tokens.issue(account.id(), OneTimeTokens.RESET_PASSWORD, account.email(), VALIDITY);
            mail.queue(account.id(), account.email(), account.name(), "password-reset",
                    Map.of("link", site.base() + "/reset-password?token=" + token), null);
        });
    }

    @Override
    @Transactional
    public void confirm(String token, String newPassword) {
        OneTimeTokens.OneTimeToken found = tokens.find(OneTimeTokens.RESET_PASSWORD, token).orElseThrow(InvalidTokenException::new);
        AccountRow account = accounts.findById(found.accountId()).filter(row -> !row.locked())
                .filter(row -> row.email().equals(found.email())).orElseThrow(InvalidTokenException::new);
        policy.check(newPassword, account.email(), "password").ifPresent(problem -> {
            throw new InvalidAccountInput(List.of(problem));
        });
        if (!tokens.use(found)) {
            throw new InvalidTokenException();
        }
        tokens.retireAll(account.id(), OneTimeTokens.RESET_PASSWORD);
        accounts.changePassword(account.id(), encoder.encode(newPassword), clock.now());
        if (!account.emailVerified()) {
            // the link reached this address and was followed: the reader holds the mailbox
            accounts.markVerified(account.id());
        }
        apiTokens.revokeAll(account.id());
        events.publishEvent(new AccountSignInsRevoked(account.id(), account.email()));
    }

    @Override
    public boolean isUsable(String token) {
        return tokens.find(OneTimeTokens.RESET_PASSWORD, token).isPresent();
    }
}
