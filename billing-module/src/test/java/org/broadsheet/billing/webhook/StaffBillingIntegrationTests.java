package org.broadsheet.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.broadsheet.billing.AccountBilling;
import org.broadsheet.billing.BillingHistory;
import org.broadsheet.billing.CheckoutSessions;
import org.broadsheet.billing.EntitlementSource;
import org.broadsheet.billing.Entitlements;
import org.broadsheet.billing.FakeStripe;
import org.broadsheet.billing.PaymentEvent;
import org.broadsheet.billing.PaymentEventLog;
import org.broadsheet.billing.Subscriptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What staff do to billing through Stripe: refunds, trial extensions, the event log and its replay, an account's records. */
class StaffBillingIntegrationTests extends StripeBillingTestSupport {

    @Autowired
    CheckoutSessions checkouts;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    Entitlements entitlements;
    @Autowired
    PaymentEventLog eventLog;
    @Autowired
    BillingHistory history;

    @Test
    void refundsThePaymentOfTheLatestPaidInvoice() {
        UUID account = UUID.randomUUID();
        String customer = checkoutCompletedWithTrial(account, "sub_refund");
        STRIPE.paidInvoice("in_older", customer, "sub_refund", "pi_older", clock.instant().minus(Duration.ofDays(40)));
        STRIPE.paidInvoice("in_latest", customer, "sub_refund", "pi_latest", clock.instant().minus(Duration.ofDays(5)));

        assertThat(subscriptions.refundLatestPayment(account)).isTrue();

        assertThat(STRIPE.requests("POST", "/v1/refunds")).singleElement().satisfies(refund -> {
            assertThat(refund.params()).containsEntry("payment_intent", "pi_latest");
            assertThat(refund.headers()).containsEntry("idempotency-key", "refund-in_latest");
        });
        assertThat(STRIPE.requests("GET", "/v1/invoices")).singleElement()
                .satisfies(list -> assertThat(list.params()).containsEntry("customer", customer).containsEntry("status", "paid"));
    }

    @Test
    void refundsNothingWithoutAPaidInvoice() {
        UUID account = UUID.randomUUID();
        checkoutCompletedWithTrial(account, "sub_unpaid");

        assertThat(subscriptions.refundLatestPayment(account)).isFalse();
        assertThat(STRIPE.requests("POST", "/v1/refunds")).isEmpty();
    }

    @Test
    void extendsATrialAtStripeAndTheEntitlementFollows() {
        UUID account = UUID.randomUUID();
        checkoutCompletedWithTrial(account, "sub_extend");
        Instant trialEnd = clock.instant().plus(Duration.ofDays(14));

        subscriptions.extendTrial(account, 7);

        Instant extended = trialEnd.plus(Duration.ofDays(7));
        assertThat(STRIPE.requests("POST", "/v1/subscriptions/sub_extend")).singleElement()
                .satisfies(update -> assertThat(update.params()).containsEntry("trial_end", Long.toString(extended.getEpochSecond())));
        assertThat(entitlements.of(account).source()).isEqualTo(EntitlementSource.TRIAL);
        assertThat(entitlements.of(account).until()).isEqualTo(extended);
    }

    @Test
    void listsAFailedEventForTheAccountAndAppliesItOnReplay() {
        UUID account = UUID.randomUUID();
        String customer = checkoutCompletedWithTrial(account, "sub_replay");
        Instant trialEnd = clock.instant().plus(Duration.ofDays(14));
        STRIPE.subscription("sub_replay", customer, "trialing", FakeStripe.PRICE_MONTHLY, trialEnd, trialEnd, true);
        String eventId = newEventId();
        STRIPE.mode(FakeStripe.Mode.ERROR_500);
        deliver(event(eventId, "customer.subscription.updated", "subscription", "sub_replay"));
        processEvents();
        STRIPE.mode(FakeStripe.Mode.UP);

        assertThat(eventLog.recent(true, 100)).extracting(PaymentEvent::eventId).contains(eventId);
        assertThat(eventLog.ofAccount(account, 50)).filteredOn(e -> e.eventId().equals(eventId)).singleElement()
                .satisfies(e -> assertThat(e.failed()).isTrue());
        assertThat(subscriptions.current(account).cancelAtPeriodEnd()).isFalse();

        assertThat(eventLog.replay(eventId)).isTrue();

        assertThat(storedStatus(eventId)).isEqualTo("PROCESSED");
        assertThat(subscriptions.current(account).cancelAtPeriodEnd()).isTrue();
        assertThat(eventLog.recent(true, 100)).extracting(PaymentEvent::eventId).doesNotContain(eventId);
        assertThat(eventLog.replay("evt_unknown")).isFalse();
    }

    @Test
    void showsAnAccountsCustomerSubscriptionAndCheckout() {
        UUID account = UUID.randomUUID();
        String customer = checkoutCompletedWithTrial(account, "sub_history");

        AccountBilling billing = history.of(account);

        assertThat(billing.provider()).isEqualTo("stripe");
        assertThat(billing.customerId()).isEqualTo(customer);
        assertThat(billing.subscriptions()).singleElement().satisfies(s -> {
            assertThat(s.subscriptionId()).isEqualTo("sub_history");
            assertThat(s.status()).isEqualTo("trialing");
            assertThat(s.plan()).isEqualTo("monthly");
        });
        assertThat(billing.checkouts()).singleElement().satisfies(c -> assertThat(c.trialOffered()).isTrue());
        assertThat(history.of(UUID.randomUUID()).subscriptions()).isEmpty();
    }

    /** A checkout with the trial, completed at Stripe and announced by webhook; returns the customer id. */
    private String checkoutCompletedWithTrial(UUID account, String subscriptionId) {
        checkouts.start(account, "reader@example.com", "monthly");
        String session = STRIPE.onlySessionId();
        String customer = STRIPE.session(session).get("customer").getAsString();
        Instant trialEnd = clock.instant().plus(Duration.ofDays(14));
        STRIPE.subscription(subscriptionId, customer, "trialing", FakeStripe.PRICE_MONTHLY, trialEnd, trialEnd, false);
        STRIPE.completeSession(session, subscriptionId);
        deliver(event(newEventId(), "checkout.session.completed", "checkout.session", session));
        processEvents();
        return customer;
    }
}
