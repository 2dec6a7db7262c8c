package org.broadsheet.auth.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;

import org.broadsheet.auth.AccountImports;
import org.broadsheet.auth.FieldProblem;
import org.broadsheet.auth.ImportedAccount;
import org.broadsheet.auth.ImportedReader;
import org.broadsheet.auth.InvalidAccountInput;
import org.broadsheet.auth.Role;
import org.broadsheet.auth.config.AuthClock;
import org.broadsheet.auth.config.SiteAddress;
import org.broadsheet.auth.mail.OutboxMail;
import org.broadsheet.auth.token.OneTimeTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Brings readers of another platform in as accounts without a usable password; mails only when asked to. */
@Service
class AccountImporter implements AccountImports {

    /**
     * No password hashes to this: the bcrypt encoder refuses it as malformed, so nobody signs in with a password
     * until one is set through a reset link. Hashing a random password instead would cost a bcrypt round per row.
     */
    static final String NO_PASSWORD = "{bcrypt}!imported-without-password";
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final AccountRows accounts;
    private final OneTimeTokens tokens;
    private final OutboxMail mail;
    private final AuthClock clock;
    private final SiteAddress site;

    AccountImporter(AccountRows accounts, OneTimeTokens tokens, OutboxMail mail, AuthClock clock, SiteAddress site) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mail = mail;
        this.clock = clock;
        this.site = site;
    }

    @Override
    public String normaliseEmail(String email) {
        return AccountInput.normaliseEmail(email);
    }

    @Override
    public List<FieldProblem> problems(String email, String name) {
        List<FieldProblem> problems = new ArrayList<>(AccountInput.emailProblems(AccountInput.normaliseEmail(email)));
        problems.addAll(AccountInput.nameProblems(name));
        return problems;
    }

    @Override
    @Transactional
    public ImportedAccount bring(ImportedReader reader) {
        List<FieldProblem> problems = problems(reader.email(), reader.name());
        if (!problems.isEmpty()) {
            throw new InvalidAccountInput(problems);
        }
        String email = AccountInput.normaliseEmail(reader.email());
        Instant createdAt = reader.createdAt() == null ? clock.now() : reader.createdAt();
        var existing = accounts.findByEmail(email);
        if (existing.isEmpty()) {
            AccountRow row = new AccountRow(UUID.randomUUID(), email, reader.name().trim(), NO_PASSWORD,
                    EnumSet.of(Role.READER), false, null, false, createdAt, 0);
            accounts.insert(row);
            reader.labels().forEach(label -> accounts.addLabel(row.id(), label));
            return new ImportedAccount(row.view(), ImportedAccount.Change.CREATED);
        }
        AccountRow account = existing.get();
        boolean changed = false;
        if (reader.createdAt() != null && reader.createdAt().isBefore(account.createdAt())) {
            accounts.setCreatedAt(account.id(), reader.createdAt());
            changed = true;
        }
        SortedSet<String> labels = accounts.labels(account.id());
        for (String label : reader.labels()) {
            if (!labels.contains(label)) {
                accounts.addLabel(account.id(), label);
                changed = true;
            }
        }
        AccountRow now = changed ? accounts.findById(account.id()).orElseThrow() : account;
        return new ImportedAccount(now.view(), changed ? ImportedAccount.Change.UPDATED : ImportedAccount.Change.UNCHANGED);
    }

    @Override
    public Set<String> labelsOf(UUID accountId) {
        return accountId == null ? Set.of() : accounts.labels(accountId);
    }

    @Override
    @Transactional
    public boolean invite(UUID accountId) {
        AccountRow account = accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        if (!NO_PASSWORD.equals(account.passwordHash()) || account.locked()) {
            return false;
        }
        String token = tokens.issue(accountId, OneTimeTokens.RESET_PASSWORD, account.email(), INVITATION_VALIDITY);
        return mail.queue(accountId, account.email(), account.name(), "invitation",
                Map.of("link", site.base() + "/reset-password?token=" + token), "invitation:" + accountId);
    }
}
