package org.broadsheet.auth.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.ApiTokens;
import org.broadsheet.auth.InvalidAccountInput;
import org.broadsheet.auth.IssuedToken;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.auth.SignInRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class AccountLifecycleIntegrationTests {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    ReaderAccounts accounts;
    @Autowired
    ApiTokens tokens;

    @Test
    void erasesPersonalDataAndEndsEverySignIn() {
        String email = "erase-" + UUID.randomUUID() + "@example.com";
        AccountView account = accounts.register(email, PASSWORD, "Tara");
        IssuedToken token = tokens.issue(email, PASSWORD, "203.0.113.9");

        accounts.erase(account.id());

        AccountView erased = accounts.findById(account.id()).orElseThrow();
        assertThat(erased.email()).doesNotContain("erase-");
        assertThat(erased.name()).isNotEqualTo("Tara");
        assertThat(erased.locked()).isTrue();
        assertThat(tokens.authenticate(token.token())).isEmpty();
        assertThatThrownBy(() -> tokens.issue(email, PASSWORD, "203.0.113.10"))
                .isInstanceOf(SignInRefusedException.BadCredentials.class);
        assertThat(accounts.register(email, PASSWORD, "Tara again").id()).isNotEqualTo(account.id());
    }

    @Test
    void changePasswordNeedsTheCurrentOneAndRevokesTokens() {
        String email = "change-" + UUID.randomUUID() + "@example.com";
        AccountView account = accounts.register(email, PASSWORD, "Tara");
        IssuedToken token = tokens.issue(email, PASSWORD, "203.0.113.11");

        assertThatThrownBy(() -> accounts.changePassword(account.id(), "not my password", "a new long passphrase"))
                .isInstanceOfSatisfying(InvalidAccountInput.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("currentPassword"));
        assertThat(tokens.authenticate(token.token())).isPresent();

        accounts.changePassword(account.id(), PASSWORD, "a new long passphrase");
        assertThat(tokens.authenticate(token.token())).isEmpty();
        assertThat(accounts.passwordMatches(account.id(), "a new long passphrase")).isTrue();
    }

    @Test
    void alwaysKeepsReaderRoleAndFindsStaffBySearch() {
        String email = "staff-" + UUID.randomUUID() + "@example.com";
        AccountView account = accounts.register(email, PASSWORD, "Zubin Mistry");
        AccountView support = accounts.setRoles(account.id(), Set.of(Role.SUPPORT));
        assertThat(support.roles()).containsExactlyInAnyOrder(Role.READER, Role.SUPPORT);
        assertThat(support.isStaff()).isTrue();
        assertThat(accounts.search("zubin mis", 20)).extracting(AccountView::id).contains(account.id());
        assertThat(accounts.search(email.toUpperCase(), 20)).extracting(AccountView::id).containsExactly(account.id());
        assertThat(accounts.search("%", 20)).extracting(AccountView::id).doesNotContain(account.id());
    }
}
