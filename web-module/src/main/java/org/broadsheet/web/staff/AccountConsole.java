package org.broadsheet.web.staff;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.billing.PaymentProviderUnavailable;
import org.broadsheet.content.ReadableArticle;
import org.broadsheet.web.errors.PageNotFoundException;
import org.broadsheet.web.support.CurrentReaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's account pages: search, the account page with its explanation box, and the action forms. */
@Controller
class AccountConsole {

    private final ReaderAccounts accounts;
    private final AccountDossiers dossiers;
    private final AccountActions actions;
    private final StaffAudit audit;
    private final CurrentReaders readers;

    AccountConsole(ReaderAccounts accounts, AccountDossiers dossiers, AccountActions actions, StaffAudit audit,
                   CurrentReaders readers) {
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.actions = actions;
        this.audit = audit;
        this.readers = readers;
    }

    /** The answer of the "why can this reader read this article?" box. */
    record AccessCheck(String slug, boolean found, String headline, String accessLevel, boolean granted, String reason,
                       String meter, String rule) {
    }

    @GetMapping("/staff/accounts")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public String search(@RequestParam(name = "q", required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("results", q == null || q.isBlank() ? List.of() : accounts.search(q, 50));
        return "staff/accounts";
    }

    @GetMapping("/staff/accounts/{id}")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public String account(@PathVariable UUID id, @RequestParam(name = "slug", required = false) String slug, Model model) {
        AccountDossier dossier;
        try {
            dossier = dossiers.of(id);
        } catch (StaffExceptions.UnknownAccount e) {
            throw new PageNotFoundException("No account " + id);
        }
        model.addAttribute("d", dossier);
        model.addAttribute("audit", audit.entries(id, 50));
        model.addAttribute("staffRoles", List.of("SUPPORT", "EDITOR", "ADMIN"));
        model.addAttribute("isAdmin", readers.current().map(r -> r.hasRole("ADMIN")).orElse(false));
        if (slug != null && !slug.isBlank()) {
            model.addAttribute("check", check(id, slug.trim()));
        }
        return "staff/account";
    }

    private AccessCheck check(UUID id, String slug) {
        return dossiers.peek(id, slug).map(AccountConsole::checkOf)
                .orElse(new AccessCheck(slug, false, null, null, false, null, null, null));
    }

    private static AccessCheck checkOf(ReadableArticle article) {
        var meter = article.access().meter();
        return new AccessCheck(article.slug(), true, article.headline(), article.accessLevel().name(),
                article.access().granted(), article.access().reason().name(),
                meter == null ? "not metered" : meter.used() + " of " + meter.limit() + " free reads used this month",
                article.access().rule() == null ? "no access rule applied (the article's own level)"
                        : "rule \u2018" + article.access().rule().name() + "\u2019 ("
                        + article.access().rule().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
    }

    @PostMapping("/staff/accounts/{id}/comp")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public String comp(@PathVariable UUID id, @RequestParam(required = false) String until,
                       @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return run(id, flash, "Comp granted until " + until + ".", () -> actions.comp(actor(), id, until, reason));
    }

    @PostMapping("/staff/accounts/{id}/trial-extension")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public String extendTrial(@PathVariable UUID id, @RequestParam(required = false) String days,
                              @RequestParam(required = false) String reason, RedirectAttributes flash) {
        Integer parsed = parse(days);
        return run(id, flash, "Trial extended by " + days + " days.", () -> actions.extendTrial(actor(), id, parsed, reason));
    }

    @PostMapping("/staff/accounts/{id}/lock")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public String lock(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return run(id, flash, "Account locked; its sessions and tokens were revoked.", () -> actions.lock(actor(), id, reason));
    }

    @PostMapping("/staff/accounts/{id}/unlock")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public String unlock(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return run(id, flash, "Account unlocked.", () -> actions.unlock(actor(), id, reason));
    }

    @PostMapping("/staff/accounts/{id}/cancel-subscription")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public String cancel(@PathVariable UUID id, @RequestParam(required = false) String when,
                         @RequestParam(required = false) String reason, RedirectAttributes flash) {
        Boolean immediately = "now".equals(when) ? Boolean.TRUE : "period-end".equals(when) ? Boolean.FALSE : null;
        return run(id, flash, Boolean.TRUE.equals(immediately) ? "Subscription ended now." : "Subscription cancels at the period end.",
                () -> actions.cancelSubscription(actor(), id, immediately, reason));
    }

    @PostMapping("/staff/accounts/{id}/refund")
    @PreAuthorize("hasRole('ADMIN')")
    public String refund(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return run(id, flash, "The latest paid invoice was refunded.", () -> actions.refund(actor(), id, reason));
    }

    @PostMapping("/staff/accounts/{id}/roles")
    @PreAuthorize("hasRole('ADMIN')")
    public String roles(@PathVariable UUID id, @RequestParam(name = "roles", required = false) List<String> roles,
                        @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return run(id, flash, "Roles changed.", () -> actions.setRoles(actor(), id, roles == null ? List.of() : roles, reason));
    }

    @PostMapping("/staff/accounts/{id}/resend-verification")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public String resendVerification(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return run(id, flash, "A new verification link was mailed.", () -> actions.resendVerification(actor(), id, reason));
    }

    @PostMapping("/staff/accounts/{id}/password-reset")
    @PreAuthorize("hasAnyRole('SUPPORT', 'ADMIN')")
    public String passwordReset(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return run(id, flash, "A password-reset link was mailed.", () -> actions.sendPasswordReset(actor(), id, reason));
    }

    private String run(UUID id, RedirectAttributes flash, String done, Supplier<AccountDossier> action) {
        try {
            action.get();
            flash.addFlashAttribute("staffNotice", done);
        } catch (StaffExceptions.UnknownAccount e) {
            throw new PageNotFoundException("No account " + id);
        } catch (StaffExceptions.InvalidInput e) {
            flash.addFlashAttribute("staffError", "Not done: " + String.join("; ",
                    e.problems().stream().map(p -> p.field() + " " + p.message()).toList()) + ".");
        } catch (StaffExceptions.NotApplicable e) {
            flash.addFlashAttribute("staffError", "Not done: " + e.getMessage());
        } catch (PaymentProviderUnavailable e) {
            flash.addFlashAttribute("staffError", "Not done: the payment provider is unavailable, try again in a few minutes.");
        }
        return "redirect:/staff/accounts/" + id;
    }

    private static Integer parse(String number) {
        try {
            return number == null ? null : Integer.valueOf(number.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private StaffActor actor() {
        return readers.current().map(StaffActor::of).orElseThrow(() -> new AccessDeniedException("No staff member"));
    }
}
