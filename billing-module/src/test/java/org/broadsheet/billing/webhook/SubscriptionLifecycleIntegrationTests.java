package org.broadsheet.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.broadsheet.billing.CheckoutOpened;
import org.broadsheet.billing.CheckoutSessions;
import org.broadsheet.billing.Comps;
import org.broadsheet.billing.Entitlement;
import org.broadsheet.billing.EntitlementSource;
import org.broadsheet.billing.Entitlements;
import org.broadsheet.billing.FakeStripe;
import org.broadsheet.billing.PaymentFailed;
import org.broadsheet.billing.SubscriptionCanceled;
import org.broadsheet.billing.SubscriptionStarted;
import org.broadsheet.billing.Subscriptions;
import org.broadsheet.billing.TrialEndingSoon;
import org.broadsheet.billing.TrialConverted;
import org.broadsheet.billing.TrialStarted;
import org.broadsheet.billing.WebhookEventReceived;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

class SubscriptionLifecycleIntegrationTests extends StripeBillingTestSupport {

    @Autowired
    CheckoutSessions checkouts;
    @Autowired
    Entitlements entitlements;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    Comps comps;
    @Autowired
    ApplicationEvents events;

    @Test
    void followsTrialThenActiveThenPastDueInGraceThenUnpaidWithoutAccess() {
        UUID account = UUID.randomUUID();
        String customer = checkoutCompletedWithTrial(account, "sub_life");
        Instant trialEnd = clock.instant().plus(Duration.ofDays(14));
        assertThat(entitlements.of(account)).isEqualTo(new Entitlement(EntitlementSource.TRIAL, true, trialEnd));

        clock.set(trialEnd.plusSeconds(60));
        Instant periodEnd = trialEnd.plus(Duration.ofDays(30));
        STRIPE.subscription("sub_life", customer, "active", FakeStripe.PRICE_MONTHLY, trialEnd, periodEnd, false);
        STRIPE.invoice("in_first", customer, "sub_life", "paid");
        deliver(event(newEventId(), "invoice.paid", "invoice", "in_first"));
        processEvents();
        assertThat(entitlements.of(account)).isEqualTo(new Entitlement(EntitlementSource.SUBSCRIPTION, true, periodEnd));

        clock.set(periodEnd.plusSeconds(3600));
        Instant failedAt = clock.instant();
        STRIPE.subscription("sub_life", customer, "past_due", FakeStripe.PRICE_MONTHLY, trialEnd,
                periodEnd.plus(Duration.ofDays(30)), false);
        STRIPE.invoice("in_second", customer, "sub_life", "open");
        String failed = event(newEventId(), "invoice.payment_failed", "invoice", "in_second");
        deliver(failed);
        deliver(failed);
        processEvents();
        assertThat(entitlements.of(account))
                .isEqualTo(new Entitlement(EntitlementSource.GRACE, true, failedAt.plus(Duration.ofDays(7))));

        clock.advance(Duration.ofDays(3));
        STRIPE.subscription("sub_life", customer, "unpaid", FakeStripe.PRICE_MONTHLY, trialEnd,
                periodEnd.plus(Duration.ofDays(30)), false);
        deliver(event(newEventId(), "customer.subscription.updated", "subscription", "sub_life"));
        processEvents();
        assertThat(entitlements.of(account).active()).isFalse();
        assertThat(entitlements.of(account).source()).isEqualTo(EntitlementSource.NONE);

        STRIPE.subscription("sub_life", customer, "canceled", FakeStripe.PRICE_MONTHLY, trialEnd, clock.instant(), false);
        deliver(event(newEventId(), "customer.subscription.deleted", "subscription", "sub_life"));
        processEvents();
        assertThat(entitlements.of(account).active()).isFalse();
        assertThat(subscriptions.current(account).status()).isEqualTo("canceled");

        assertThat(events.stream(SubscriptionStarted.class).filter(e -> e.accountId().equals(account))).hasSize(1);
        assertThat(events.stream(TrialStarted.class).filter(e -> e.accountId().equals(account))).hasSize(1);
        assertThat(events.stream(PaymentFailed.class).filter(e -> e.accountId().equals(account))).hasSize(1);
        assertThat(events.stream(SubscriptionCanceled.class).filter(e -> e.accountId().equals(account))).hasSize(1);
        assertThat(events.stream(CheckoutOpened.class).filter(e -> e.accountId().equals(account))).hasSize(1);
        assertThat(events.stream(TrialConverted.class).filter(e -> e.accountId().equals(account))).hasSize(1);
        assertThat(events.stream(WebhookEventReceived.class).filter(WebhookEventReceived::duplicate)
                .map(WebhookEventReceived::type)).containsExactlyInAnyOrder("checkout.session.completed", "invoice.payment_failed");
    }

    @Test
    void endsTheGracePeriodAfterTheConfiguredDays() {
        UUID account = UUID.randomUUID();
        String customer = checkoutCompletedWithTrial(account, "sub_grace");
        Instant failedAt = clock.instant();
        STRIPE.subscription("sub_grace", customer, "past_due", FakeStripe.PRICE_MONTHLY, null,
                clock.instant().plus(Duration.ofDays(30)), false);
        deliver(event(newEventId(), "customer.subscription.updated", "subscription", "sub_grace"));
        processEvents();

        clock.set(failedAt.plus(Duration.ofDays(7)).minusSeconds(1));
        assertThat(entitlements.of(account).source()).isEqualTo(EntitlementSource.GRACE);

        clock.set(failedAt.plus(Duration.ofDays(7)));
        assertThat(entitlements.of(account)).isEqualTo(Entitlement.none());
    }

    @Test
    void keepsAccessUntilThePeriodEndsAfterCancellingAtPeriodEnd() {
        UUID account = UUID.randomUUID();
        String customer = checkoutCompletedWithTrial(account, "sub_cancel");
        Instant periodEnd = clock.instant().plus(Duration.ofDays(30));
        STRIPE.subscription("sub_cancel", customer, "active", FakeStripe.PRICE_MONTHLY, null, periodEnd, false);
        deliver(event(newEventId(), "customer.subscription.updated", "subscription", "sub_cancel"));
        processEvents();

        var view = subscriptions.cancelAtPeriodEnd(account);

        assertThat(STRIPE.requests("POST", "/v1/subscriptions/sub_cancel").get(0).params())
                .containsEntry("cancel_at_period_end", "true");
        assertThat(view.cancelAtPeriodEnd()).isTrue();
        assertThat(view.currentPeriodEnd()).isEqualTo(periodEnd);
        clock.set(periodEnd.minusSeconds(1));
        assertThat(entitlements.of(account)).isEqualTo(new Entitlement(EntitlementSource.SUBSCRIPTION, true, periodEnd));
        clock.set(periodEnd.plusSeconds(1));
        assertThat(entitlements.of(account).active()).isFalse();
    }

    @Test
    void resumesASubscriptionThatWasCancellingAtPeriodEnd() {
        UUID account = UUID.randomUUID();
        String customer = checkoutCompletedWithTrial(account, "sub_resume");
        STRIPE.subscription("sub_resume", customer, "active", FakeStripe.PRICE_MONTHLY, null,
                clock.instant().plus(Duration.ofDays(30)), true);
        deliver(event(newEventId(), "customer.subscription.updated", "subscription", "sub_resume"));
        processEvents();

        var view = subscriptions.resume(account);

        assertThat(view.cancelAtPeriodEnd()).isFalse();
        assertThat(view.status()).isEqualTo("active");
    }

    @Test
    void switchesPlanWithProration() {
        UUID account = UUID.randomUUID();
        String customer = checkoutCompletedWithTrial(account, "sub_switch");

        var view = subscriptions.changePlan(account, "annual");

        assertThat(STRIPE.requests("POST", "/v1/subscriptions/sub_switch").get(0).params())
                .containsEntry("items[0][id]", "si_sub_switch")
                .containsEntry("items[0][price]", FakeStripe.PRICE_ANNUAL)
                .containsEntry("proration_behavior", "create_prorations");
        assertThat(view.plan()).isEqualTo("annual");
    }

    @Test
    void announcesTheTrialEndOnceHoweverOftenStripeSaysSo() {
        UUID account = UUID.randomUUID();
        checkoutCompletedWithTrial(account, "sub_ending");
        String trialWillEnd = event(newEventId(), "customer.subscription.trial_will_end", "subscription", "sub_ending");

        deliver(trialWillEnd);
        deliver(event(newEventId(), "customer.subscription.trial_will_end", "subscription", "sub_ending"));
        processEvents();

        assertThat(events.stream(TrialEndingSoon.class).filter(e -> e.accountId().equals(account))).hasSize(1);
    }

    @Test
    void letsALongerCompWinOverALapsedSubscription() {
        UUID account = UUID.randomUUID();
        String customer = checkoutCompletedWithTrial(account, "sub_comp");
        STRIPE.subscription("sub_comp", customer, "canceled", FakeStripe.PRICE_MONTHLY, null, clock.instant(), false);
        deliver(event(newEventId(), "customer.subscription.deleted", "subscription", "sub_comp"));
        processEvents();
        LocalDate until = LocalDate.of(2026, 12, 31);

        comps.grant(account, until, "Press pass", "support@broadsheet.example");

        assertThat(entitlements.of(account)).isEqualTo(new Entitlement(EntitlementSource.COMP, true,
                Instant.parse("2026-12-31T18:30:00Z")));
    }

    /** A checkout with the trial, completed at Stripe and announced by webhook; returns the customer id. */
    private String checkoutCompletedWithTrial(UUID account, String subscriptionId) {
        checkouts.start(account, "reader@example.com", "monthly");
        String session = STRIPE.onlySessionId();
        String customer = STRIPE.session(session).get("customer").getAsString();
        Instant trialEnd = clock.instant().plus(Duration.ofDays(14));
        STRIPE.subscription(subscriptionId, customer, "trialing", FakeStripe.PRICE_MONTHLY, trialEnd, trialEnd, false);
        STRIPE.completeSession(session, subscriptionId);
        String completed = event(newEventId(), "checkout.session.completed", "checkout.session", session);
        deliver(completed);
        deliver(completed);
        processEvents();
        return customer;
    }
}
