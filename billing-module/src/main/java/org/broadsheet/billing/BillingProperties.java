package org.broadsheet.billing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Billing settings, bound from {@code broadsheet.billing.*} (the contract's {@code BILLING_PROVIDER},
 * {@code TRIAL_DAYS}, {@code BILLING_GRACE_DAYS} and {@code STRIPE_*} variables).
 */
@ConfigurationProperties("broadsheet.billing")
public record BillingProperties(
        @DefaultValue("local") String provider,
        @DefaultValue("14") int trialDays,
        @DefaultValue("7") int graceDays,
        @DefaultValue("true") boolean cardRequiredForTrial,
        @DefaultValue PlanSettings plans,
        @DefaultValue Stripe stripe,
        @DefaultValue Jobs jobs) {

    /** The two plans' prices; unset parts fall back to 299.00 INR a month and 2,999.00 INR a year. */
    public record PlanSettings(@DefaultValue PlanPrice monthly, @DefaultValue PlanPrice annual) {
    }

    /**
     * A plan's price in minor units of its currency, billed every interval ({@code month} or {@code year});
     * each part may be null (then the plan's default applies).
     */
    public record PlanPrice(Long amount, String currency, String interval) {
    }

    /** Stripe connection settings; only required when the provider is {@code stripe}. */
    public record Stripe(
            @DefaultValue("") String secretKey,
            @DefaultValue("") String webhookSecret,
            @DefaultValue("https://api.stripe.com") String apiBase,
            @DefaultValue("") String priceMonthly,
            @DefaultValue("") String priceAnnual,
            @DefaultValue("10s") Duration connectTimeout,
            @DefaultValue("20s") Duration readTimeout,
            @DefaultValue("2") int maxNetworkRetries) {
    }

    /** Background work: the webhook event worker, reconciliation and the failed-delivery replay. */
    public record Jobs(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("2s") Duration workerEvery,
            @DefaultValue("10s") Duration retryBase,
            @DefaultValue("12") int maxAttempts,
            @DefaultValue("15m") Duration reconcileEvery,
            @DefaultValue("0 30 3 * * *") String replayCron) {
    }

    /** Whether Stripe (rather than the built-in local checkout) takes the payments. */
    public boolean stripeProvider() {
        return "stripe".equalsIgnoreCase(provider);
    }
}
