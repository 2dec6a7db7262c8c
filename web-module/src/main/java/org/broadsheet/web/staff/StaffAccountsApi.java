package org.broadsheet.web.staff;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.content.ReadableArticle;
import org.broadsheet.web.support.CurrentReaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The contract's staff account routes: search, the account view, and the audited actions. */
@RestController
@RequestMapping("/api/v1/staff")
class StaffAccountsApi {

    private final ReaderAccounts accounts;
    private final AccountDossiers dossiers;
    private final AccountActions actions;
    private final StaffAudit audit;
    private final CurrentReaders readers;

    StaffAccountsApi(ReaderAccounts accounts, AccountDossiers dossiers, AccountActions actions, StaffAudit audit,
                     CurrentReaders readers) {
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.actions = actions;
        this.audit = audit;
        this.readers = readers;
    }

    record AccountItem(UUID id, String email, String name, List<String> roles, boolean emailVerified, boolean locked,
                       Instant createdAt) {
        static AccountItem of(AccountView a) {
            return new AccountItem(a.id(), a.email(), a.name(), a.roles().stream().sorted().map(Role::name).toList(),
                    a.emailVerified(), a.locked(), a.createdAt());
        }
    }

    record Items<T>(List<T> items) {
    }

    record CompRequest(String until, String reason) {
    }

    record TrialExtensionRequest(Integer days, String reason) {
    }

    record ReasonRequest(String reason) {
    }

    record CancelRequest(Boolean immediately, String reason) {
    }

    record RolesRequest(List<String> roles, String reason) {
    }

    /** {@code rule} is the access rule that decided; null when the article's own level did. */
    record AccessAnswer(String slug, String headline, String accessLevel, boolean granted, String reason,
                        AccountDossier.Meter meter, org.broadsheet.content.AppliedRule rule) {
    }

    @GetMapping("/accounts")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public Items<AccountItem> search(@RequestParam(name = "q", required = false) String q) {
        return new Items<>(accounts.search(q, 50).stream().map(AccountItem::of).toList());
    }

    @GetMapping("/accounts/{id}")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public AccountDossier account(@PathVariable UUID id) {
        return dossiers.of(id);
    }

    @GetMapping("/accounts/{id}/access/{slug}")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public AccessAnswer access(@PathVariable UUID id, @PathVariable String slug) {
        ReadableArticle article = dossiers.peek(id, slug).orElseThrow(() -> new StaffExceptions.UnknownArticle(slug));
        var meter = article.access().meter();
        return new AccessAnswer(article.slug(), article.headline(), article.accessLevel().name(), article.access().granted(),
                article.access().reason().name(), meter == null ? null
                : new AccountDossier.Meter(true, meter.used(), meter.limit(), meter.remaining()), article.access().rule());
    }

    @PostMapping("/accounts/{id}/comp")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public AccountDossier comp(@PathVariable UUID id, @RequestBody(required = false) CompRequest body) {
        CompRequest b = body == null ? new CompRequest(null, null) : body;
        return actions.comp(actor(), id, b.until(), b.reason());
    }

    @PostMapping("/accounts/{id}/trial-extension")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public AccountDossier extendTrial(@PathVariable UUID id, @RequestBody(required = false) TrialExtensionRequest body) {
        TrialExtensionRequest b = body == null ? new TrialExtensionRequest(null, null) : body;
        return actions.extendTrial(actor(), id, b.days(), b.reason());
    }

    @PostMapping("/accounts/{id}/lock")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public AccountDossier lock(@PathVariable UUID id, @RequestBody(required = false) ReasonRequest body) {
        return actions.lock(actor(), id, reason(body));
    }

    @PostMapping("/accounts/{id}/unlock")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public AccountDossier unlock(@PathVariable UUID id, @RequestBody(required = false) ReasonRequest body) {
        return actions.unlock(actor(), id, reason(body));
    }

    @PostMapping("/accounts/{id}/cancel-subscription")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public AccountDossier cancel(@PathVariable UUID id, @RequestBody(required = false) CancelRequest body) {
        CancelRequest b = body == null ? new CancelRequest(null, null) : body;
        return actions.cancelSubscription(actor(), id, b.immediately(), b.reason());
    }

    @PostMapping("/accounts/{id}/resend-verification")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public AccountDossier resendVerification(@PathVariable UUID id, @RequestBody(required = false) ReasonRequest body) {
        return actions.resendVerification(actor(), id, reason(body));
    }

    @PostMapping("/accounts/{id}/password-reset")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public AccountDossier passwordReset(@PathVariable UUID id, @RequestBody(required = false) ReasonRequest body) {
        return actions.sendPasswordReset(actor(), id, reason(body));
    }

    @PostMapping("/accounts/{id}/refund")
    @PreAuthorize("hasRole('ADMIN')")
    public AccountDossier refund(@PathVariable UUID id, @RequestBody(required = false) ReasonRequest body) {
        return actions.refund(actor(), id, reason(body));
    }

    @PutMapping("/accounts/{id}/roles")
    @PreAuthorize("hasRole('ADMIN')")
    public AccountDossier roles(@PathVariable UUID id, @RequestBody(required = false) RolesRequest body) {
        RolesRequest b = body == null ? new RolesRequest(null, null) : body;
        return actions.setRoles(actor(), id, b.roles(), b.reason());
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public Map<String, List<AuditEntry>> audit(@RequestParam(name = "accountId", required = false) UUID accountId,
                                               @RequestParam(name = "size", defaultValue = "100") int size) {
        return Map.of("items", audit.entries(accountId, Math.max(1, Math.min(size, 500))));
    }

    private StaffActor actor() {
        return readers.current().map(StaffActor::of).orElseThrow(() -> new AccessDeniedException("No staff member"));
    }

    private static String reason(ReasonRequest body) {
        return body == null ? null : body.reason();
    }
}
