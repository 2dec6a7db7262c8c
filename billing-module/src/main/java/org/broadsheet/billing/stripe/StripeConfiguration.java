package org.broadsheet.billing.stripe;

import com.stripe.StripeClient;
import org.broadsheet.billing.BillingProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Stripe client, built only with {@code BILLING_PROVIDER=stripe}; start-up fails naming a missing setting. */
@Configuration
@ConditionalOnProperty(name = "broadsheet.billing.provider", havingValue = "stripe")
@EnableConfigurationProperties(BillingProperties.class)
class StripeConfiguration {

    @Bean
    StripeClient stripeClient(BillingProperties properties) {
        BillingProperties.Stripe stripe = properties.stripe();
        require(stripe.secretKey(), "STRIPE_SECRET_KEY");
        require(stripe.webhookSecret(), "STRIPE_WEBHOOK_SECRET");
        require(stripe.priceMonthly(), "STRIPE_PRICE_MONTHLY");
        require(stripe.priceAnnual(), "STRIPE_PRICE_ANNUAL");
        require(stripe.apiBase(), "STRIPE_API_BASE");
        return StripeClient.builder()
                .setApiKey(stripe.secretKey())
                .setApiBase(stripe.apiBase())
                .setConnectTimeout((int) stripe.connectTimeout().toMillis())
                .setReadTimeout((int) stripe.readTimeout().toMillis())
                .setMaxNetworkRetries(stripe.maxNetworkRetries())
                .build();
    }

    @Bean
    StripePaymentProvider stripePaymentProvider(StripeClient client, BillingProperties properties) {
        return new StripePaymentProvider(client, properties);
    }

    private static void require(String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " must be set when BILLING_PROVIDER=stripe");
        }
    }
}
