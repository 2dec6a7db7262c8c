package org.broadsheet.auth.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.broadsheet.auth.AccountSignInsRevoked;
import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.ApiTokens;
import org.broadsheet.auth.EmailTakenException;
import org.broadsheet.auth.FieldProblem;
import org.broadsheet.auth.InvalidAccountInput;
import org.broadsheet.auth.InvalidTokenException;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.auth.config.AuthClock;
import org.broadsheet.auth.config.SiteAddress;
import org.broadsheet.auth.mail.OutboxMail;
import org.broadsheet.auth.password.PasswordPolicy;
import org.broadsheet.auth.token.OneTimeTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts' life: registration, verification, password and email changes, roles, locks, erasure. */
@Service
class AccountRegistry implements ReaderAccounts {

    static final Duration VERIFICATION_VALIDITY = Duration.ofDays(3);

    private final AccountRows accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final OneTimeTokens oneTimeTokens;
    private final ApiTokens apiTokens;
    private final OutboxMail mail;
    private final AuthClock clock;
    private final SiteAddress site;
    private final ApplicationEventPublisher events;

    AccountRegistry(AccountRows accounts, PasswordPolicy policy, PasswordEncoder encoder, OneTimeTokens oneTimeTokens,
                    ApiTokens apiTokens, OutboxMail mail, AuthClock clock, SiteAddress site, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.oneTimeTokens = oneTimeTokens;
        this.apiTokens = apiTokens;
        this.mail = mail;
        this.clock = clock;
        this.site = site;
        this.events = events;
    }

    @Override
    @Transactional
    public AccountView register(String email, String password, String name) {
        String normalised = AccountInput.normaliseEmail(email);
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(AccountInput.emailProblems(normalised));
        problems.addAll(policy.problems(password, normalised, "password"));
        problems.addAll(AccountInput.nameProblems(name));
        if (!problems.isEmpty()) {
            throw new InvalidAccountInput(problems);
        }
        if (accounts.emailExists(normalised)) {
            throw new EmailTakenException();
        }
        AccountRow row = new AccountRow(UUID.randomUUID(), normalised, name.trim(), encoder.encode(password),
                EnumSet.of(Role.READER), false, null, false, clock.now(), 0);
        try {
            accounts.insert(row);
        } catch (DataIntegrityViolationException e) {
            throw new EmailTakenException();
        }
        sendVerification(row.id(), normalised, row.name(), "verification");
        mail.queue(row.id(), normalised, row.name(), "welcome", Map.of(), "welcome:" + row.id());
        return row.view();
    }

    @Override
    public Optional<AccountView> findById(UUID id) {
        return id == null ? Optional.empty() : accounts.findById(id).map(AccountRow::view);
    }

    @Override
    public Optional<AccountView> findByEmail(String email) {
        String normalised = AccountInput.normaliseEmail(email);
        return normalised == null || normalised.isEmpty() ? Optional.empty() : accounts.findByEmail(normalised).map(AccountRow::view);
    }

    @Override
    public List<AccountView> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return accounts.search(query, Math.max(1, Math.min(limit, 200))).stream().map(AccountRow::view).toList();
    }

    @Override
    public List<AccountView> inIdOrderAfter(UUID after, int limit) {
        return accounts.inIdOrderAfter(after, Math.max(1, Math.min(limit, 1000))).stream().map(AccountRow::view).toList();
    }

    @Override
    @Transactional
    public AccountView verifyEmail(String token) {
        OneTimeTokens.OneTimeToken found = oneTimeTokens.find(OneTimeTokens.VERIFY_EMAIL, token)
                .orElseThrow(InvalidTokenException::new);
        AccountRow account = accounts.findById(found.accountId()).orElseThrow(InvalidTokenException::new);
        if (found.email().equals(account.email())) {
            accounts.markVerified(account.id());
        } else if (found.email().equals(account.pendingEmail())) {
            if (accounts.emailExists(found.email())) {
                throw new EmailTakenException();
            }
            try {
                accounts.switchEmail(account.id(), found.email());
            } catch (DataIntegrityViolationException e) {
                throw new EmailTakenException();
            }
        } else {
            throw new InvalidTokenException();
        }
        if (!oneTimeTokens.use(found)) {
            throw new InvalidTokenException();
        }
        return accounts.findById(account.id()).orElseThrow().view();
    }

    @Override
    @Transactional
    public void resendVerification(UUID accountId) {
        AccountRow account = accounts.findById(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        if (account.emailVerified() || account.locked()) {
            return;
        }
        // a reader cannot flood an inbox: at most five verification mails a day
        if (oneTimeTokens.countSince(accountId, OneTimeTokens.VERIFY_EMAIL, clock.now().minus(Duration.ofDays(1))) >= 5) {
            return;
        }
        sendVerification(accountId, account.email(), account.name(), "verification");
    }

    @Override
    @Transactional
    public void changePassword(UUID accountId, String currentPassword, String newPassword) {
        AccountRow account = existing(accountId);
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidAccountInput("currentPassword", "That is not your current password");
        }
        policy.check(newPassword, account.email(), "password").ifPresent(problem -> {
            throw new InvalidAccountInput(List.of(problem));
        });
        accounts.changePassword(accountId, encoder.encode(newPassword), clock.now());
        revokeSignIns(account);
    }

    @Override
    @Transactional
    public void changeEmail(UUID accountId, String password, String newEmail) {
        AccountRow account = existing(accountId);
        if (password == null || !encoder.matches(password, account.passwordHash())) {
            throw new InvalidAccountInput("password", "That is not your password");
        }
        String normalised = AccountInput.normaliseEmail(newEmail);
        List<FieldProblem> problems = AccountInput.emailProblems(normalised);
        if (!problems.isEmpty()) {
            throw new InvalidAccountInput(problems);
        }
        if (normalised.equals(account.email())) {
            throw new InvalidAccountInput("email", "That is already your email address");
        }
        if (accounts.emailExists(normalised)) {
            throw new EmailTakenException();
        }
        accounts.requestEmail(accountId, normalised);
        oneTimeTokens.retireAll(accountId, OneTimeTokens.VERIFY_EMAIL);
        sendVerification(accountId, normalised, account.name(), "email-change");
    }

    @Override
    public boolean passwordMatches(UUID accountId, String password) {
        return password != null && accounts.findById(accountId).filter(row -> !row.locked())
                .map(row -> encoder.matches(password, row.passwordHash())).orElse(false);
    }

    @Override
    public Optional<Instant> emailVerifiedAt(UUID accountId) {
        return accountId == null ? Optional.empty() : accounts.verifiedAt(accountId);
    }

    @Override
    @Transactional
    public AccountView lock(UUID accountId, String reason) {
        AccountRow account = existing(accountId);
        accounts.lock(accountId, reason, clock.now());
        revokeSignIns(account);
        return existing(accountId).view();
    }

    @Override
    @Transactional
    public AccountView unlock(UUID accountId) {
        existing(accountId);
        accounts.unlock(accountId);
        return existing(accountId).view();
    }

    @Override
    @Transactional
    public AccountView setRoles(UUID accountId, Set<Role> roles) {
        existing(accountId);
        EnumSet<Role> kept = EnumSet.of(Role.READER);
        if (roles != null) {
            kept.addAll(roles);
        }
        accounts.setRoles(accountId, kept);
        return existing(accountId).view();
    }

    @Override
    @Transactional
    public void erase(UUID accountId) {
        AccountRow account = existing(accountId);
        accounts.erase(accountId, "erased-" + accountId + "@erased.invalid", "Erased reader",
                encoder.encode(UUID.randomUUID().toString()), clock.now());
        oneTimeTokens.deleteAll(accountId);
        mail.deleteAll(accountId);
        accounts.deleteLabels(accountId);
        revokeSignIns(account);
    }

    private void revokeSignIns(AccountRow account) {
        apiTokens.revokeAll(account.id());
        events.publishEvent(new AccountSignInsRevoked(account.id(), account.email()));
    }

    private void sendVerification(UUID accountId, String email, String name, String template) {
        String token = oneTimeTokens.issue(accountId, OneTimeTokens.VERIFY_EMAIL, email, VERIFICATION_VALIDITY);
        mail.queue(accountId, email, name, template, Map.of("link", site.base() + "/verify-email?token=" + token), null);
    }

    private AccountRow existing(UUID accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
    }
}
