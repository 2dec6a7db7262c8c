package org.broadsheet.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import com.google.gson.JsonObject;
import org.broadsheet.billing.EntitlementSource;
import org.broadsheet.billing.Entitlements;
import org.broadsheet.billing.FakeStripe;
import org.broadsheet.billing.StripeSigning;
import org.broadsheet.billing.WebhookRejected;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StripeWebhookIntegrationTests extends StripeBillingTestSupport {

    @Autowired
    Entitlements entitlements;

    @Test
    void storesACorrectlySignedEvent() {
        String id = newEventId();

        deliver(event(id, "plan.created", "plan", "price_x"));

        assertThat(storedStatus(id)).isEqualTo("PENDING");
    }

    @Test
    void acceptsAnEventSignedWithTheSecondSecretDuringRotation() {
        String id = newEventId();
        String payload = event(id, "plan.created", "plan", "price_x");

        webhooks.receive(payload, StripeSigning.header("whsec_old_rotated", clock.instant().getEpochSecond(), payload));

        assertThat(storedStatus(id)).isEqualTo("PENDING");
    }

    @Test
    void rejectsWebhookWithBadSignature() {
        String id = newEventId();
        String payload = event(id, "customer.subscription.updated", "subscription", "sub_x");

        assertThatThrownBy(() -> webhooks.receive(payload,
                StripeSigning.header("whsec_someone_else", clock.instant().getEpochSecond(), payload)))
                .isInstanceOf(WebhookRejected.class);
        assertThat(storedCount(id)).isZero();
    }

    @Test
    void rejectsWebhookWhosePayloadWasAltered() {
        String id = newEventId();
        String payload = event(id, "customer.subscription.updated", "subscription", "sub_x");
        String header = StripeSigning.header(WEBHOOK_SECRET, clock.instant().getEpochSecond(), payload);

        assertThatThrownBy(() -> webhooks.receive(payload.replace("sub_x", "sub_y"), header))
                .isInstanceOf(WebhookRejected.class);
    }

    @Test
    void rejectsWebhookWithStaleTimestamp() {
        String id = newEventId();
        String payload = event(id, "customer.subscription.updated", "subscription", "sub_x");
        long sixMinutesAgo = clock.instant().minus(Duration.ofMinutes(6)).getEpochSecond();

        assertThatThrownBy(() -> webhooks.receive(payload, StripeSigning.header(WEBHOOK_SECRET, sixMinutesAgo, payload)))
                .isInstanceOf(WebhookRejected.class).hasMessageContaining("too old");
        assertThat(storedCount(id)).isZero();
    }

    @Test
    void rejectsWebhookWithMissingSignature() {
        assertThatThrownBy(() -> webhooks.receive(event(newEventId(), "plan.created", "plan", "p"), null))
                .isInstanceOf(WebhookRejected.class);
    }

    @Test
    void rejectsCorrectlySignedMalformedBody() {
        String payload = "{\"id\": \"evt_broken\", \"type\": ";

        assertThatThrownBy(() -> deliver(payload)).isInstanceOf(WebhookRejected.class);
        assertThatThrownBy(() -> deliver("[1,2,3]")).isInstanceOf(WebhookRejected.class);
    }

    @Test
    void acceptsADuplicateAndStoresItOnce() {
        String id = newEventId();
        String payload = event(id, "plan.created", "plan", "price_x");

        deliver(payload);
        deliver(payload);

        assertThat(storedCount(id)).isEqualTo(1);
    }

    @Test
    void marksEventsOfUnhandledTypesIgnored() {
        String id = newEventId();
        deliver(event(id, "plan.created", "plan", "price_x"));

        processEvents();

        assertThat(storedStatus(id)).isEqualTo("IGNORED");
    }

    @Test
    void keepsAFailedEventVisibleAndRetriesItUntilItApplies() {
        UUID account = UUID.randomUUID();
        STRIPE.customer("cus_retry", account.toString());
        String id = newEventId();
        deliver(event(id, "customer.subscription.created", "subscription", "sub_retry"));

        processEvents();

        assertThat(storedStatus(id)).isEqualTo("FAILED");
        assertThat(storedAttempts(id)).isEqualTo(1);
        assertThat(storedError(id)).contains("PaymentProviderUnavailable");

        STRIPE.subscription("sub_retry", "cus_retry", "active", FakeStripe.PRICE_MONTHLY, null,
                clock.instant().plus(Duration.ofDays(30)), false);
        processEvents();

        assertThat(storedStatus(id)).isEqualTo("PROCESSED");
        assertThat(entitlements.of(account).source()).isEqualTo(EntitlementSource.SUBSCRIPTION);
    }

    @Test
    void appliesAnEventOfAnotherApiVersionByItsIds() {
        UUID account = UUID.randomUUID();
        STRIPE.customer("cus_old_api", account.toString());
        STRIPE.subscription("sub_old_api", "cus_old_api", "trialing", FakeStripe.PRICE_ANNUAL,
                clock.instant().plus(Duration.ofDays(14)), clock.instant().plus(Duration.ofDays(14)), false);
        JsonObject oldShape = new JsonObject();
        oldShape.addProperty("id", "sub_old_api");
        oldShape.addProperty("object", "subscription");
        oldShape.addProperty("current_period_end", 1);
        oldShape.addProperty("status", "canceled");
        JsonObject event = com.google.gson.JsonParser.parseString(event(newEventId(), "customer.subscription.updated", oldShape)).getAsJsonObject();
        event.addProperty("api_version", "2020-08-27");

        deliver(event.toString());
        processEvents();

        assertThat(entitlements.of(account).source()).isEqualTo(EntitlementSource.TRIAL);
    }
}
