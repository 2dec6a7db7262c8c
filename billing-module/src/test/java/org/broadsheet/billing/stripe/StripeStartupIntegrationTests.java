package org.broadsheet.billing.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class StripeStartupIntegrationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(StripeConfiguration.class);

    @Test
    void failsToStartWithStripeAndNoSecretKeyNamingTheVariable() {
        runner.withPropertyValues("broadsheet.billing.provider=stripe").run(context ->
                assertThat(context).getFailure().rootCause()
                        .hasMessage("STRIPE_SECRET_KEY must be set when BILLING_PROVIDER=stripe"));
    }

    @Test
    void failsToStartWithStripeAndNoWebhookSecretNamingTheVariable() {
        runner.withPropertyValues("broadsheet.billing.provider=stripe", "broadsheet.billing.stripe.secret-key=sk_test_1")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("STRIPE_WEBHOOK_SECRET"));
    }

    @Test
    void failsToStartWithStripeAndNoPriceNamingTheVariable() {
        runner.withPropertyValues("broadsheet.billing.provider=stripe", "broadsheet.billing.stripe.secret-key=sk_test_1",
                        "broadsheet.billing.stripe.webhook-secret=whsec_1", "broadsheet.billing.stripe.price-monthly=price_1")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("STRIPE_PRICE_ANNUAL"));
    }

    @Test
    void startsWithEverythingSet() {
        runner.withPropertyValues("broadsheet.billing.provider=stripe", "broadsheet.billing.stripe.secret-key=sk_test_1",
                        "broadsheet.billing.stripe.webhook-secret=whsec_1", "broadsheet.billing.stripe.price-monthly=price_1",
                        "broadsheet.billing.stripe.price-annual=price_2")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(StripePaymentProvider.class));
    }

    @Test
    void buildsNoStripeClientWithTheLocalProvider() {
        runner.withPropertyValues("broadsheet.billing.provider=local")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(StripePaymentProvider.class));
    }
}
