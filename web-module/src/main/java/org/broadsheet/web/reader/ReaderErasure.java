package org.broadsheet.web.reader;

import java.util.List;
import java.util.UUID;

import org.broadsheet.auth.ReaderAccounts;
import org.springframework.stereotype.Component;

/** Deletes an account after its password is confirmed, running every {@link AccountErasureStep} in order. */
@Component
class ReaderErasure {

    private final ReaderAccounts accounts;
    private final List<AccountErasureStep> steps;

    ReaderErasure(ReaderAccounts accounts, List<AccountErasureStep> steps) {
        this.accounts = accounts;
        this.steps = steps;
    }

    /** False (and nothing erased) when the password is not the account's. */
    boolean erase(UUID accountId, String password) {
        if (password == null || password.isEmpty() || !accounts.passwordMatches(accountId, password)) {
            return false;
        }
        steps.forEach(step -> step.erase(accountId));
        return true;
    }
}
