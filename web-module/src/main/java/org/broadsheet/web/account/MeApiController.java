package org.broadsheet.web.account;

import java.util.List;
import java.util.UUID;

import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.web.support.AccountEntitlements;
import org.broadsheet.web.support.CurrentReaders;
import org.broadsheet.web.support.EntitlementView;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the token belongs to, with roles and entitlement. */
@RestController
class MeApiController {

    private final CurrentReaders readers;
    private final ReaderAccounts accounts;
    private final AccountEntitlements entitlements;

    MeApiController(CurrentReaders readers, ReaderAccounts accounts, AccountEntitlements entitlements) {
        this.readers = readers;
        this.accounts = accounts;
        this.entitlements = entitlements;
    }

    record Me(UUID id, String email, String name, List<String> roles, boolean emailVerified, EntitlementView entitlement) {
    }

    @GetMapping("/api/v1/me")
    Me me() {
        AccountView account = readers.current().flatMap(reader -> accounts.findById(reader.accountId()))
                .orElseThrow(() -> new InsufficientAuthenticationException("Sign in"));
        return new Me(account.id(), account.email(), account.name(),
                account.roles().stream().sorted().map(Role::name).toList(), account.emailVerified(),
                entitlements.entitlementOf(account.id(), account.isStaff()));
    }
}
