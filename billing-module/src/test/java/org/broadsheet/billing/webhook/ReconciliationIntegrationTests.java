package org.broadsheet.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.google.gson.JsonParser;
import org.broadsheet.billing.CheckoutSessions;
import org.broadsheet.billing.EntitlementSource;
import org.broadsheet.billing.Entitlements;
import org.broadsheet.billing.FakeStripe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReconciliationIntegrationTests extends StripeBillingTestSupport {

    @Autowired
    CheckoutSessions checkouts;
    @Autowired
    Entitlements entitlements;

    @Test
    void convergesToStripeAfterAMissedWebhook() {
        UUID account = UUID.randomUUID();
        STRIPE.customer("cus_missed", account.toString());
        STRIPE.subscription("sub_missed", "cus_missed", "active", FakeStripe.PRICE_MONTHLY, null,
                clock.instant().plus(Duration.ofDays(30)), false);
        deliver(event(newEventId(), "customer.subscription.created", "subscription", "sub_missed"));
        processEvents();
        assertThat(entitlements.of(account).source()).isEqualTo(EntitlementSource.SUBSCRIPTION);

        // Stripe cancels it; the webhook never arrives
        STRIPE.subscription("sub_missed", "cus_missed", "canceled", FakeStripe.PRICE_MONTHLY, null, clock.instant(), false);
        clock.advance(Duration.ofMinutes(61));
        resync();

        assertThat(entitlements.of(account).active()).isFalse();
    }

    @Test
    void findsTheSubscriptionOfACheckoutWhoseWebhookNeverArrived() {
        UUID account = UUID.randomUUID();
        checkouts.start(account, "reader@example.com", "monthly");
        String session = STRIPE.onlySessionId();
        String customer = STRIPE.session(session).get("customer").getAsString();
        Instant trialEnd = clock.instant().plus(Duration.ofDays(14));
        STRIPE.subscription("sub_lost", customer, "trialing", FakeStripe.PRICE_MONTHLY, trialEnd, trialEnd, false);
        STRIPE.completeSession(session, "sub_lost");

        clock.advance(Duration.ofMinutes(61));
        resync();

        assertThat(entitlements.of(account).source()).isEqualTo(EntitlementSource.TRIAL);
    }

    @Test
    void replaysEventsWhoseDeliveryFailed() {
        UUID account = UUID.randomUUID();
        STRIPE.customer("cus_undelivered", account.toString());
        STRIPE.subscription("sub_undelivered", "cus_undelivered", "active", FakeStripe.PRICE_ANNUAL, null,
                clock.instant().plus(Duration.ofDays(365)), false);
        STRIPE.undelivered(JsonParser.parseString(
                event(newEventId(), "customer.subscription.created", "subscription", "sub_undelivered")).getAsJsonObject());

        replayUndelivered();
        processEvents();

        assertThat(STRIPE.requests("GET", "/v1/events").get(0).params()).containsEntry("delivery_success", "false");
        assertThat(entitlements.of(account).source()).isEqualTo(EntitlementSource.SUBSCRIPTION);
    }
}
