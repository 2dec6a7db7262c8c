package org.broadsheet.billing.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import com.stripe.StripeClient;
import org.broadsheet.billing.BillingProperties;
import org.broadsheet.billing.FakeStripe;
import org.broadsheet.billing.PaymentProviderUnavailable;
import org.broadsheet.billing.Plan;
import org.broadsheet.billing.subscription.CheckoutRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StripePaymentProviderUnitTests {

    private final FakeStripe stripe = new FakeStripe();

    @AfterEach
    void stop() {
        stripe.close();
    }

    @Test
    void letsTheTrialStartWithoutACardAndCancelsItWhenNoCardArrivesWhenCardsAreNotRequired() {
        StripePaymentProvider provider = provider(stripe.apiBase());
        UUID account = UUID.randomUUID();

        provider.createCheckout(new CheckoutRequest(UUID.randomUUID(), account, "cus_1", monthly(), 14, false,
                "https://news.example/ok", "https://news.example/cancel"));

        assertThat(stripe.requests("POST", "/v1/checkout/sessions").get(0).params())
                .containsEntry("payment_method_collection", "if_required")
                .containsEntry("subscription_data[trial_period_days]", "14")
                .containsEntry("subscription_data[trial_settings][end_behavior][missing_payment_method]", "cancel");
    }

    @Test
    void asksForNoTrialSettingsWithoutATrial() {
        StripePaymentProvider provider = provider(stripe.apiBase());

        provider.createCheckout(new CheckoutRequest(UUID.randomUUID(), UUID.randomUUID(), "cus_1", monthly(), null, false,
                "https://news.example/ok", "https://news.example/cancel"));

        assertThat(stripe.requests("POST", "/v1/checkout/sessions").get(0).params())
                .doesNotContainKeys("payment_method_collection", "subscription_data[trial_period_days]");
    }

    @Test
    void reportsTheProviderUnavailableWhenTheConnectionIsRefused() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        StripePaymentProvider provider = provider("http://127.0.0.1:" + closedPort);

        assertThatThrownBy(() -> provider.createCustomer(UUID.randomUUID(), "reader@example.com"))
                .isInstanceOf(PaymentProviderUnavailable.class);
    }

    @Test
    void readsTheSubscriptionItemsPeriodEndAndMapsThePriceToItsPlan() {
        var periodEnd = java.time.Instant.parse("2027-01-01T00:00:00Z");
        stripe.subscription("sub_1", "cus_1", "active", FakeStripe.PRICE_ANNUAL, null, periodEnd, true);

        var snapshot = provider(stripe.apiBase()).fetchSubscription("sub_1");

        assertThat(snapshot.currentPeriodEnd()).isEqualTo(periodEnd);
        assertThat(snapshot.planKey()).isEqualTo("annual");
        assertThat(snapshot.cancelAtPeriodEnd()).isTrue();
        assertThat(snapshot.status()).isEqualTo("active");
    }

    private static Plan monthly() {
        return new Plan("monthly", 29900, "inr", "month", 14);
    }

    private static StripePaymentProvider provider(String apiBase) {
        BillingProperties.Stripe settings = new BillingProperties.Stripe("sk_test_1", "whsec_1", apiBase,
                FakeStripe.PRICE_MONTHLY, FakeStripe.PRICE_ANNUAL, Duration.ofSeconds(1), Duration.ofSeconds(1), 0);
        BillingProperties properties = new BillingProperties("stripe", 14, 7, true,
                new BillingProperties.PlanSettings(new BillingProperties.PlanPrice(29900L, "inr", "month"),
                        new BillingProperties.PlanPrice(299900L, "inr", "year")),
                settings, new BillingProperties.Jobs(false, Duration.ofSeconds(2), Duration.ZERO, 3,
                Duration.ofMinutes(15), "0 0 3 * * *"));
        StripeClient client = StripeClient.builder().setApiKey("sk_test_1").setApiBase(apiBase)
                .setConnectTimeout(1000).setReadTimeout(1000).setMaxNetworkRetries(0).build();
        return new StripePaymentProvider(client, properties);
    }
}
