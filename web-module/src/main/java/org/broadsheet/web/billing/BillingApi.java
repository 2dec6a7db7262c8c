package org.broadsheet.web.billing;

import java.time.Instant;
import java.util.List;

import org.broadsheet.billing.CheckoutSessions;
import org.broadsheet.billing.CheckoutStarted;
import org.broadsheet.billing.Plan;
import org.broadsheet.billing.Plans;
import org.broadsheet.billing.SubscriptionView;
import org.broadsheet.billing.Subscriptions;
import org.broadsheet.web.support.CurrentReaders;
import org.broadsheet.web.support.SignedInReader;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The billing part of the JSON API (CONTRACT.md, Billing). */
@RestController
class BillingApi {

    record PlanItems(List<Plan> items) {
    }

    record CheckoutRequest(String plan) {
    }

    record PortalSession(String url) {
    }

    record PlanChange(String plan) {
    }

    record SubscriptionBody(String status, String plan, Instant trialEndsAt, Instant currentPeriodEnd,
                            boolean cancelAtPeriodEnd) {
        static SubscriptionBody of(SubscriptionView view) {
            return new SubscriptionBody(view.status(), view.plan(), view.trialEndsAt(), view.currentPeriodEnd(),
                    view.cancelAtPeriodEnd());
        }
    }

    private final Plans plans;
    private final CheckoutSessions checkouts;
    private final Subscriptions subscriptions;
    private final CurrentReaders readers;

    BillingApi(Plans plans, CheckoutSessions checkouts, Subscriptions subscriptions, CurrentReaders readers) {
        this.plans = plans;
        this.checkouts = checkouts;
        this.subscriptions = subscriptions;
        this.readers = readers;
    }

    @GetMapping("/api/v1/plans")
    PlanItems plans() {
        return new PlanItems(plans.all());
    }

    @PostMapping("/api/v1/billing/checkout")
    @ResponseStatus(HttpStatus.CREATED)
    CheckoutStarted checkout(@RequestBody(required = false) CheckoutRequest request) {
        SignedInReader reader = signedIn();
        if (!reader.emailVerified()) {
            throw new EmailNotVerified();
        }
        if (request == null || request.plan() == null || request.plan().isBlank()) {
            throw new InvalidPlan("Choose a plan: monthly or annual.");
        }
        if (plans.find(request.plan()).isEmpty()) {
            throw new InvalidPlan("There is no plan '" + request.plan() + "'; choose monthly or annual.");
        }
        return checkouts.start(reader.accountId(), reader.email(), request.plan());
    }

    @PostMapping("/api/v1/billing/portal")
    @ResponseStatus(HttpStatus.CREATED)
    PortalSession portal() {
        return new PortalSession(subscriptions.portal(signedIn().accountId(), null));
    }

    @GetMapping("/api/v1/me/subscription")
    SubscriptionBody subscription() {
        return SubscriptionBody.of(subscriptions.current(signedIn().accountId()));
    }

    @PostMapping("/api/v1/me/subscription/cancel")
    SubscriptionBody cancel() {
        return SubscriptionBody.of(subscriptions.cancelAtPeriodEnd(signedIn().accountId()));
    }

    @PostMapping("/api/v1/me/subscription/resume")
    SubscriptionBody resume() {
        return SubscriptionBody.of(subscriptions.resume(signedIn().accountId()));
    }

    @PostMapping("/api/v1/me/subscription/plan")
    SubscriptionBody changePlan(@RequestBody(required = false) PlanChange change) {
        SignedInReader reader = signedIn();
        if (change == null || change.plan() == null || plans.find(change.plan()).isEmpty()) {
            throw new InvalidPlan("Choose a plan: monthly or annual.");
        }
        return SubscriptionBody.of(subscriptions.changePlan(reader.accountId(), change.plan()));
    }

    private SignedInReader signedIn() {
        return readers.current().orElseThrow(NotSignedIn::new);
    }

    /** A missing or unknown plan in a request body. */
    static class InvalidPlan extends RuntimeException {
        InvalidPlan(String message) {
            super(message);
        }
    }
}
