package org.broadsheet.web.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.broadsheet.billing.AccountBilling;
import org.broadsheet.billing.BillingHistory;
import org.broadsheet.billing.PaymentEvent;
import org.broadsheet.billing.PaymentEventLog;
import org.broadsheet.billing.SubscriptionView;
import org.broadsheet.billing.Subscriptions;
import org.broadsheet.content.ArticleGate;
import org.broadsheet.content.MeterState;
import org.broadsheet.content.Meters;
import org.broadsheet.content.ReadableArticle;
import org.broadsheet.content.ReaderFacts;
import org.broadsheet.web.support.AccountEntitlements;
import org.broadsheet.web.support.EntitlementView;
import org.broadsheet.web.support.NewsTimes;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Puts together what staff see of an account from auth, billing, content and the audit. */
@Component
class AccountDossiers {

    private static final String STRIPE_DASHBOARD = "https://dashboard.stripe.com";

    private final ReaderAccounts accounts;
    private final Subscriptions subscriptions;
    private final BillingHistory billing;
    private final PaymentEventLog events;
    private final AccountEntitlements entitlements;
    private final Meters meters;
    private final ArticleGate gate;
    private final StaffAudit audit;
    private final NewsTimes times;
    private final ZoneId zone;
    private final ObjectProvider<Clock> clocks;

    AccountDossiers(ReaderAccounts accounts, Subscriptions subscriptions, BillingHistory billing, PaymentEventLog events,
                    AccountEntitlements entitlements, Meters meters, ArticleGate gate, StaffAudit audit, NewsTimes times,
                    SiteProperties site, ObjectProvider<Clock> clocks) {
        this.clocks = clocks;
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.billing = billing;
        this.events = events;
        this.entitlements = entitlements;
        this.meters = meters;
        this.gate = gate;
        this.audit = audit;
        this.times = times;
        this.zone = site.timeZone();
    }

    /** The account, or {@link StaffExceptions.UnknownAccount}. */
    AccountView account(UUID id) {
        return accounts.findById(id).orElseThrow(StaffExceptions.UnknownAccount::new);
    }

    AccountDossier of(UUID id) {
        AccountView account = account(id);
        List<String> roles = account.roles().stream().sorted().map(Role::name).toList();
        SubscriptionView current = subscriptions.current(id);
        AccountBilling records = billing.of(id);
        Optional<AccountBilling.SubscriptionEntry> entry = records.subscriptions().stream()
                .filter(s -> current.live() ? !"canceled".equals(s.status()) && s.endedAt() == null : true).findFirst();
        boolean stripe = "stripe".equals(records.provider());
        String customerId = entry.map(AccountBilling.SubscriptionEntry::customerId).orElse(records.customerId());
        String subscriptionId = entry.map(AccountBilling.SubscriptionEntry::subscriptionId).orElse(null);
        AccountDossier.Subscription subscription = new AccountDossier.Subscription(current.status(), current.plan(),
                current.trialEndsAt(), current.currentPeriodEnd(), current.cancelAtPeriodEnd(), records.provider(),
                customerId, subscriptionId,
                stripe && customerId != null ? STRIPE_DASHBOARD + "/customers/" + customerId : null,
                stripe && subscriptionId != null ? STRIPE_DASHBOARD + "/subscriptions/" + subscriptionId : null);
        EntitlementView entitlement = entitlements.entitlementOf(id, account.isStaff());
        List<AuditEntry> staffActions = audit.entries(id, 200);
        MeterState meter = meters.stateFor(ReaderFacts.signedIn(id, null, account.isStaff()));
        List<PaymentEvent> webhookEvents = events.ofAccount(id, 20);
        List<AccountDossier.Comp> comps = records.comps().stream()
                .map(c -> new AccountDossier.Comp(c.until(), c.reason(), c.grantedBy(), c.grantedAt())).toList();
        return new AccountDossier(id, account.email(), account.name(), roles, account.emailVerified(),
                accounts.emailVerifiedAt(id).orElse(null), account.locked(), account.createdAt(),
                new AccountDossier.Account(id, account.email(), account.name(), roles, account.emailVerified(),
                        account.locked(), account.createdAt()),
                subscription,
                new AccountDossier.Entitlement(entitlement.active(), entitlement.source(), entitlement.until(),
                        explain(account, entitlement, records, staffActions)),
                meter == null ? new AccountDossier.Meter(false, 0, 0, 0)
                        : new AccountDossier.Meter(true, meter.used(), meter.limit(), meter.remaining()),
                comps, webhookEvents, timeline(account, records, webhookEvents, staffActions));
    }

    /** The gate's decision for this reader and article, without counting the meter; empty for an unknown slug. */
    Optional<ReadableArticle> peek(UUID id, String slug) {
        AccountView account = account(id);
        return gate.peek(slug == null ? null : slug.trim(), ReaderFacts.signedIn(id, null, account.isStaff()));
    }

    private String explain(AccountView account, EntitlementView entitlement, AccountBilling records,
                           List<AuditEntry> staffActions) {
        String until = entitlement.until() == null ? "" : times.dateTime(entitlement.until());
        switch (entitlement.source()) {
            case "STAFF" -> {
                return "Staff account (" + String.join(", ", account.roles().stream().filter(Role::isStaff).map(Role::name).sorted().toList())
                        + "): staff read every article, reason STAFF.";
            }
            case "COMP" -> {
                Optional<AccountBilling.CompGrant> comp = records.comps().stream()
                        .filter(c -> c.until().plusDays(1).atStartOfDay(zone).toInstant().equals(entitlement.until()))
                        .findFirst();
                return "Complimentary access until " + until + comp.map(c -> " (end of " + c.until() + "), granted by "
                        + c.grantedBy() + " on " + times.dateTime(c.grantedAt()) + ", reason: \u201c" + c.reason() + "\u201d")
                        .orElse("") + ". Staff action: comp.";
            }
            case "TRIAL" -> {
                AccountBilling.SubscriptionEntry s = records.subscriptions().stream()
                        .filter(e -> "trialing".equals(e.status())).findFirst().orElse(null);
                long extensions = staffActions.stream().filter(a -> a.action().equals("trial-extension")).count();
                return "Free trial until " + until + (s == null ? "" : " on subscription " + s.subscriptionId()
                        + " (" + s.provider() + ", started " + times.dateTime(s.trialStart()) + " through checkout)")
                        + (extensions > 0 ? "; extended by staff " + extensions + (extensions == 1 ? " time" : " times") : "") + ".";
            }
            case "SUBSCRIPTION" -> {
                AccountBilling.SubscriptionEntry s = records.subscriptions().stream()
                        .filter(e -> "active".equals(e.status())).findFirst().orElse(null);
                return "Paid subscription" + (s == null ? "" : " " + s.subscriptionId() + " (" + s.provider() + ", "
                        + (s.plan() == null ? "unknown plan" : s.plan() + " plan") + ")") + ", status active, paid through "
                        + until + (s != null && s.cancelAtPeriodEnd() ? "; cancels at the period end" : "; renews then") + ".";
            }
            case "GRACE" -> {
                AccountBilling.SubscriptionEntry s = records.subscriptions().stream()
                        .filter(e -> "past_due".equals(e.status())).findFirst().orElse(null);
                return "Grace period after a failed payment" + (s == null ? "" : " on subscription " + s.subscriptionId()
                        + " (past due since " + times.dateTime(s.pastDueSince()) + ")") + ", access until " + until + ".";
            }
            default -> {
                String last = records.subscriptions().stream().findFirst()
                        .map(s -> " Latest subscription " + s.subscriptionId() + " is " + s.status() + ".").orElse(" Never subscribed.");
                return "No subscription, trial, grace period or comp is active: PREMIUM is closed, METERED counts "
                        + "against the monthly meter." + last;
            }
        }
    }

    private List<AccountDossier.TimelineEntry> timeline(AccountView account, AccountBilling records,
                                                        List<PaymentEvent> webhookEvents, List<AuditEntry> staffActions) {
        List<AccountDossier.TimelineEntry> entries = new ArrayList<>();
        entries.add(new AccountDossier.TimelineEntry(account.createdAt(), "signup", "Signed up as " + account.email()));
        accounts.emailVerifiedAt(account.id()).ifPresent(at -> entries.add(new AccountDossier.TimelineEntry(at,
                "verification", "Email verified")));
        for (AccountBilling.CheckoutEntry checkout : records.checkouts()) {
            entries.add(new AccountDossier.TimelineEntry(checkout.createdAt(), "checkout", "Checkout started ("
                    + checkout.plan() + (checkout.trialOffered() ? ", with free trial" : "") + ")"));
        }
        Instant now = clocks.getIfAvailable(Clock::systemUTC).instant();
        for (AccountBilling.SubscriptionEntry s : records.subscriptions()) {
            if (s.trialStart() != null) {
                entries.add(new AccountDossier.TimelineEntry(s.trialStart(), "trial", "Trial started on " + s.subscriptionId()
                        + (s.trialEnd() != null ? ", ends " + times.dateTime(s.trialEnd()) : "")));
            } else if (s.createdAt() != null) {
                entries.add(new AccountDossier.TimelineEntry(s.createdAt(), "subscription", "Subscription " + s.subscriptionId()
                        + " created (" + s.plan() + ")"));
            }
            if (s.trialEnd() != null && s.trialEnd().isBefore(now) && !"trialing".equals(s.status())
                    && (s.endedAt() == null || s.endedAt().isAfter(s.trialEnd()))) {
                entries.add(new AccountDossier.TimelineEntry(s.trialEnd(), "payment", "Trial converted to paid on " + s.subscriptionId()));
            }
            if (s.pastDueSince() != null) {
                entries.add(new AccountDossier.TimelineEntry(s.pastDueSince(), "payment", "Payment failed; past due"));
            }
            if (s.endedAt() != null) {
                entries.add(new AccountDossier.TimelineEntry(s.endedAt(), "cancellation", "Subscription " + s.subscriptionId() + " ended"));
            }
        }
        for (AccountBilling.CompGrant comp : records.comps()) {
            entries.add(new AccountDossier.TimelineEntry(comp.grantedAt(), "comp", "Comp until " + comp.until()
                    + " granted by " + comp.grantedBy()));
        }
        for (PaymentEvent event : webhookEvents) {
            String kind = switch (event.type()) {
                case "invoice.paid" -> "payment";
                case "invoice.payment_failed" -> "payment";
                case "charge.refunded" -> "refund";
                case "customer.subscription.deleted" -> "cancellation";
                default -> null;
            };
            if (kind != null) {
                entries.add(new AccountDossier.TimelineEntry(event.receivedAt(), kind, "Stripe event " + event.type()
                        + " (" + event.eventId() + ", " + event.status().toLowerCase() + ")"));
            }
        }
        for (AuditEntry action : staffActions) {
            entries.add(new AccountDossier.TimelineEntry(action.at(), "staff", "Staff " + action.action() + " by "
                    + action.actor().email() + ": " + action.reason()));
        }
        entries.sort(Comparator.comparing(AccountDossier.TimelineEntry::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return entries;
    }
}
