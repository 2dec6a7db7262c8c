package org.broadsheet.web.reader;

import java.util.UUID;

import org.broadsheet.auth.AccountPrincipal;
import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.ApiTokens;
import org.broadsheet.auth.PasswordSignIn;
import org.broadsheet.auth.ReaderAccounts;
import org.springframework.boot.test.context.TestComponent;

/** Object mother for signed-in readers: a real account with a real bearer token and a session principal. */
@TestComponent
class Readers {

    static final String PASSWORD = "correct horse battery";

    private final ReaderAccounts accounts;
    private final ApiTokens tokens;
    private final PasswordSignIn signIn;

    Readers(ReaderAccounts accounts, ApiTokens tokens, PasswordSignIn signIn) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.signIn = signIn;
    }

    /** A reader as a test drives it: by token (API) or by principal (pages). */
    record Reader(UUID id, String email, String token, AccountPrincipal principal) {

        String bearer() {
            return "Bearer " + token;
        }
    }

    Reader register(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@example.com";
        AccountView account = accounts.register(email, PASSWORD, name);
        String token = tokens.issue(email, PASSWORD, null).token();
        return new Reader(account.id(), email, token, signIn.current(account.id()).orElseThrow());
    }
}
