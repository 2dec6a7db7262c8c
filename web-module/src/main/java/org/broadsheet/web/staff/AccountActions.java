package org.broadsheet.web.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.PasswordResets;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.billing.Comps;
import org.broadsheet.billing.NoSubscription;
import org.broadsheet.billing.Subscriptions;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Every staff action on an account, for the API and the console alike: checks the account and the input
 * (a reason is always required), acts through the owning module, and audits the before and after.
 */
@Service
class AccountActions {

    static final int MAX_TRIAL_EXTENSION_DAYS = 365;

    private final ReaderAccounts accounts;
    private final PasswordResets resets;
    private final Subscriptions subscriptions;
    private final Comps comps;
    private final AccountDossiers dossiers;
    private final StaffAudit audit;
    private final SiteProperties site;
    private final ObjectProvider<Clock> clocks;

    AccountActions(ReaderAccounts accounts, PasswordResets resets, Subscriptions subscriptions, Comps comps,
                   AccountDossiers dossiers, StaffAudit audit, SiteProperties site, ObjectProvider<Clock> clocks) {
        this.accounts = accounts;
        this.resets = resets;
        this.subscriptions = subscriptions;
        this.comps = comps;
        this.dossiers = dossiers;
        this.audit = audit;
        this.site = site;
        this.clocks = clocks;
    }

    AccountDossier comp(StaffActor actor, UUID id, String until, String reason) {
        dossiers.account(id);
        List<StaffExceptions.Problem> problems = reasonProblems(reason);
        LocalDate date = null;
        if (until == null || until.isBlank()) {
            problems.add(new StaffExceptions.Problem("until", "is required (a date such as 2026-12-31)"));
        } else {
            try {
                date = LocalDate.parse(until.trim());
                if (date.isBefore(LocalDate.now(clocks.getIfAvailable(Clock::systemUTC).withZone(site.timeZone())))) {
                    problems.add(new StaffExceptions.Problem("until", "must be today or later"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new StaffExceptions.Problem("until", "must be a date such as 2026-12-31"));
            }
        }
        check(problems);
        LocalDate granted = date;
        return act(actor, "comp", id, reason, Map.of("until", granted.toString()),
                () -> comps.grant(id, granted, reason.trim(), actor.email()));
    }

    AccountDossier extendTrial(StaffActor actor, UUID id, Integer days, String reason) {
        dossiers.account(id);
        List<StaffExceptions.Problem> problems = reasonProblems(reason);
        if (days == null || days < 1 || days > MAX_TRIAL_EXTENSION_DAYS) {
            problems.add(new StaffExceptions.Problem("days", "must be a whole number from 1 to " + MAX_TRIAL_EXTENSION_DAYS));
        }
        check(problems);
        return act(actor, "trial-extension", id, reason, Map.of("days", days), () -> {
            try {
                subscriptions.extendTrial(id, days);
            } catch (NoSubscription e) {
                throw new StaffExceptions.NotApplicable("This account has no running trial to extend.");
            }
        });
    }

    AccountDossier lock(StaffActor actor, UUID id, String reason) {
        dossiers.account(id);
        check(reasonProblems(reason));
        if (id.equals(actor.accountId())) {
            throw new StaffExceptions.NotApplicable("You cannot lock your own account.");
        }
        return act(actor, "lock", id, reason, Map.of(), () -> accounts.lock(id, reason.trim()));
    }

    AccountDossier unlock(StaffActor actor, UUID id, String reason) {
        dossiers.account(id);
        check(reasonProblems(reason));
        return act(actor, "unlock", id, reason, Map.of(), () -> accounts.unlock(id));
    }

    AccountDossier cancelSubscription(StaffActor actor, UUID id, Boolean immediately, String reason) {
        dossiers.account(id);
        List<StaffExceptions.Problem> problems = reasonProblems(reason);
        if (immediately == null) {
            problems.add(new StaffExceptions.Problem("immediately", "is required: true to end now, false to end at the period end"));
        }
        check(problems);
        if (!subscriptions.current(id).live()) {
            throw new StaffExceptions.NotApplicable("This account has no live subscription to cancel.");
        }
        return act(actor, immediately ? "cancel-now" : "cancel-at-period-end", id, reason, Map.of("immediately", immediately),
                () -> {
                    if (immediately) {
                        subscriptions.cancelNow(id);
                    } else {
                        subscriptions.cancelAtPeriodEnd(id);
                    }
                });
    }

    AccountDossier refund(StaffActor actor, UUID id, String reason) {
        dossiers.account(id);
        check(reasonProblems(reason));
        return act(actor, "refund", id, reason, Map.of("refunded", "latest paid invoice"), () -> {
            boolean refunded;
            try {
                refunded = subscriptions.refundLatestPayment(id);
            } catch (NoSubscription e) {
                refunded = false;
            }
            if (!refunded) {
                throw new StaffExceptions.NotApplicable("This account has no paid invoice to refund.");
            }
        });
    }

    AccountDossier setRoles(StaffActor actor, UUID id, List<String> roles, String reason) {
        dossiers.account(id);
        List<StaffExceptions.Problem> problems = reasonProblems(reason);
        Set<Role> parsed = EnumSet.of(Role.READER);
        if (roles == null) {
            problems.add(new StaffExceptions.Problem("roles", "is required: a list of READER, SUPPORT, EDITOR, ADMIN"));
        } else {
            for (String role : roles) {
                try {
                    parsed.add(Role.valueOf(role == null ? "" : role.trim().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(new StaffExceptions.Problem("roles", "unknown role " + role + "; roles are READER, SUPPORT, EDITOR, ADMIN"));
                }
            }
        }
        check(problems);
        if (id.equals(actor.accountId()) && !parsed.contains(Role.ADMIN)) {
            throw new StaffExceptions.NotApplicable("You cannot take the ADMIN role from your own account.");
        }
        return act(actor, "roles", id, reason, Map.of("roles", parsed.stream().sorted().map(Role::name).toList()),
                () -> accounts.setRoles(id, parsed));
    }

    AccountDossier resendVerification(StaffActor actor, UUID id, String reason) {
        AccountView account = dossiers.account(id);
        check(reasonProblems(reason));
        if (account.emailVerified()) {
            throw new StaffExceptions.NotApplicable("This email address is already verified.");
        }
        return act(actor, "resend-verification", id, reason, Map.of(), () -> accounts.resendVerification(id));
    }

    AccountDossier sendPasswordReset(StaffActor actor, UUID id, String reason) {
        AccountView account = dossiers.account(id);
        check(reasonProblems(reason));
        return act(actor, "password-reset", id, reason, Map.of(), () -> resets.request(account.email()));
    }

    private AccountDossier act(StaffActor actor, String action, UUID id, String reason, Map<String, Object> request,
                               Runnable change) {
        Map<String, Object> before = state(id);
        change.run();
        Map<String, Object> after = state(id);
        audit.record(actor, action, id, reason.trim(), before, after, Map.of("request", request));
        return dossiers.of(id);
    }

    /** What an action may change: roles, lock, subscription and entitlement. */
    private Map<String, Object> state(UUID id) {
        AccountDossier d = dossiers.of(id);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("roles", d.roles());
        state.put("locked", d.locked());
        state.put("emailVerified", d.emailVerified());
        Map<String, Object> subscription = new LinkedHashMap<>();
        subscription.put("status", d.subscription().status());
        subscription.put("plan", d.subscription().plan());
        subscription.put("trialEndsAt", d.subscription().trialEndsAt() == null ? null : d.subscription().trialEndsAt().toString());
        subscription.put("currentPeriodEnd", d.subscription().currentPeriodEnd() == null ? null : d.subscription().currentPeriodEnd().toString());
        subscription.put("cancelAtPeriodEnd", d.subscription().cancelAtPeriodEnd());
        state.put("subscription", subscription);
        Map<String, Object> entitlement = new LinkedHashMap<>();
        entitlement.put("active", d.entitlement().active());
        entitlement.put("source", d.entitlement().source());
        entitlement.put("until", d.entitlement().until() == null ? null : d.entitlement().until().toString());
        state.put("entitlement", entitlement);
        return state;
    }

    private static List<StaffExceptions.Problem> reasonProblems(String reason) {
        List<StaffExceptions.Problem> problems = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            problems.add(new StaffExceptions.Problem("reason", "is required: say why"));
        } else if (reason.length() > 2000) {
            problems.add(new StaffExceptions.Problem("reason", "must be at most 2000 characters"));
        }
        return problems;
    }

    private static void check(List<StaffExceptions.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new StaffExceptions.InvalidInput(problems);
        }
    }
}
