package org.broadsheet.billing.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.broadsheet.billing.CheckoutSessions;
import org.broadsheet.billing.CheckoutStarted;
import org.broadsheet.billing.FakeStripe;
import org.broadsheet.billing.PaymentProviderUnavailable;
import org.broadsheet.billing.SubscriptionAlreadyLive;
import org.broadsheet.billing.webhook.StripeBillingTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StripeCheckoutIntegrationTests extends StripeBillingTestSupport {

    @Autowired
    CheckoutSessions checkouts;

    @Test
    void createsTheCustomerOnceAndASubscriptionCheckoutWithTheTrialForAFirstSubscription() {
        UUID account = UUID.randomUUID();

        CheckoutStarted started = checkouts.start(account, "reader@example.com", "monthly");

        assertThat(started.trial()).isTrue();
        assertThat(started.url()).startsWith("https://checkout.stripe.test/c/pay/cs_test_");
        var customerCalls = STRIPE.requests("POST", "/v1/customers");
        assertThat(customerCalls).hasSize(1);
        assertThat(customerCalls.get(0).headers()).containsEntry("idempotency-key", "customer-" + account);
        assertThat(customerCalls.get(0).params())
                .containsEntry("email", "reader@example.com")
                .containsEntry("metadata[account_id]", account.toString());
        var sessionCalls = STRIPE.requests("POST", "/v1/checkout/sessions");
        assertThat(sessionCalls).hasSize(1);
        assertThat(sessionCalls.get(0).params())
                .containsEntry("mode", "subscription")
                .containsEntry("customer", STRIPE.onlyCustomerId())
                .containsEntry("client_reference_id", account.toString())
                .containsEntry("line_items[0][price]", FakeStripe.PRICE_MONTHLY)
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("subscription_data[trial_period_days]", "14")
                .containsEntry("subscription_data[metadata][account_id]", account.toString())
                .containsEntry("success_url", "https://news.example/billing/success?session_id={CHECKOUT_SESSION_ID}")
                .containsEntry("cancel_url", "https://news.example/subscribe?canceled=true")
                .doesNotContainKey("payment_method_collection");
        assertThat(sessionCalls.get(0).headers().get("authorization")).isEqualTo("Bearer sk_test_broadsheet");
    }

    @Test
    void reusesTheCustomerWhenAnAbandonedCheckoutIsStartedAgain() {
        UUID account = UUID.randomUUID();

        checkouts.start(account, "reader@example.com", "monthly");
        CheckoutStarted again = checkouts.start(account, "reader@example.com", "annual");

        assertThat(STRIPE.requests("POST", "/v1/customers")).hasSize(1);
        assertThat(STRIPE.customerCount()).isEqualTo(1);
        assertThat(STRIPE.requests("POST", "/v1/checkout/sessions").get(1).params())
                .containsEntry("line_items[0][price]", FakeStripe.PRICE_ANNUAL);
        assertThat(again.trial()).isTrue();
    }

    @Test
    void refusesACheckoutWhileTheAccountHasALiveSubscription() {
        UUID account = UUID.randomUUID();
        checkouts.start(account, "reader@example.com", "monthly");
        String session = STRIPE.onlySessionId();
        String customer = STRIPE.session(session).get("customer").getAsString();
        STRIPE.subscription("sub_live", customer, "trialing", FakeStripe.PRICE_MONTHLY,
                clock.instant().plus(Duration.ofDays(14)), clock.instant().plus(Duration.ofDays(14)), false);
        STRIPE.completeSession(session, "sub_live");
        deliver(event(newEventId(), "checkout.session.completed", "checkout.session", session));
        processEvents();

        assertThatThrownBy(() -> checkouts.start(account, "reader@example.com", "annual"))
                .isInstanceOf(SubscriptionAlreadyLive.class);
    }

    @Test
    void offersNoTrialWhenTheStripeCustomerAlreadyHadOne() {
        UUID account = UUID.randomUUID();
        checkouts.start(account, "reader@example.com", "monthly");
        String customer = STRIPE.session(STRIPE.onlySessionId()).get("customer").getAsString();
        STRIPE.subscription("sub_old_trial", customer, "canceled", FakeStripe.PRICE_MONTHLY,
                clock.instant().minus(Duration.ofDays(100)), clock.instant().minus(Duration.ofDays(90)), false);

        CheckoutStarted second = checkouts.start(account, "reader@example.com", "monthly");

        assertThat(second.trial()).isFalse();
        assertThat(STRIPE.requests("POST", "/v1/checkout/sessions").get(1).params())
                .doesNotContainKey("subscription_data[trial_period_days]");
    }

    @Test
    void offersNoSecondTrialAfterTheFirstTrialSubscriptionEnded() {
        UUID account = UUID.randomUUID();
        checkouts.start(account, "reader@example.com", "monthly");
        String session = STRIPE.onlySessionId();
        String customer = STRIPE.session(session).get("customer").getAsString();
        STRIPE.subscription("sub_first", customer, "trialing", FakeStripe.PRICE_MONTHLY,
                clock.instant().plus(Duration.ofDays(14)), clock.instant().plus(Duration.ofDays(14)), false);
        STRIPE.completeSession(session, "sub_first");
        deliver(event(newEventId(), "checkout.session.completed", "checkout.session", session));
        processEvents();
        STRIPE.subscription("sub_first", customer, "canceled", FakeStripe.PRICE_MONTHLY,
                clock.instant().plus(Duration.ofDays(14)), clock.instant().plus(Duration.ofDays(1)), false);
        deliver(event(newEventId(), "customer.subscription.deleted", "subscription", "sub_first"));
        processEvents();

        assertThat(checkouts.trialAvailable(account)).isFalse();
        assertThat(checkouts.start(account, "reader@example.com", "monthly").trial()).isFalse();
    }

    @Test
    void answersUnavailableWhenStripeFailsAndARetryCreatesNoSecondCustomer() {
        UUID account = UUID.randomUUID();
        STRIPE.mode(FakeStripe.Mode.ERROR_500);

        assertThatThrownBy(() -> checkouts.start(account, "reader@example.com", "monthly"))
                .isInstanceOf(PaymentProviderUnavailable.class);

        STRIPE.mode(FakeStripe.Mode.UP);
        CheckoutStarted retried = checkouts.start(account, "reader@example.com", "monthly");
        assertThat(retried.url()).startsWith("https://checkout.stripe.test/");
        assertThat(STRIPE.customerCount()).isEqualTo(1);
    }

    @Test
    void answersUnavailableWhenStripeTimesOutAfterCreatingTheCustomerAndTheRetryGetsTheSameCustomer() {
        UUID account = UUID.randomUUID();
        STRIPE.mode(FakeStripe.Mode.HANG_AFTER_CREATING);

        assertThatThrownBy(() -> checkouts.start(account, "reader@example.com", "monthly"))
                .isInstanceOf(PaymentProviderUnavailable.class);
        assertThat(STRIPE.requests("POST", "/v1/checkout/sessions")).isEmpty();

        STRIPE.mode(FakeStripe.Mode.UP);
        checkouts.start(account, "reader@example.com", "monthly");

        assertThat(STRIPE.customerCount()).isEqualTo(1);
        assertThat(STRIPE.requests("POST", "/v1/customers")).extracting(r -> r.headers().get("idempotency-key"))
                .containsOnly("customer-" + account);
        assertThat(STRIPE.requests("POST", "/v1/checkout/sessions").get(0).params())
                .containsEntry("customer", STRIPE.onlyCustomerId());
    }
}
