package org.broadsheet.billing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Billing settings, bound from {@code broadsheet.billing.*} (the contract's {@code BILLING_PROVIDER},
 * {@code TRIAL_DAYS}, {@code BILLING_GRACE_DAYS} and {@code STRIPE_*} variables).
 *
 * @param provider             Who takes payments (BILLING_PROVIDER): local, the built-in checkout page for
 *                             development and demos, or stripe.
 * @param trialDays            Length of the free trial of an account's first subscription, in days (TRIAL_DAYS).
 * @param graceDays            Days a past_due subscription keeps access (reason GRACE) after its first
 *                             failed payment (BILLING_GRACE_DAYS).
 * @param cardRequiredForTrial Whether starting the free trial asks for a card up front.
 * @param plans                The prices of the monthly and annual plans.
 * @param stripe               The Stripe connection, required when the provider is stripe.
 * @param jobs                 Background work: webhook worker, reconciliation and replay of failed deliveries.
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

    /**
     * The two plans' prices; unset parts fall back to 299.00 INR a month and 2,999.00 INR a year.
     *
     * @param monthly Price of the monthly plan.
     * @param annual  Price of the annual plan.
     */
    public record PlanSettings(@DefaultValue PlanPrice monthly, @DefaultValue PlanPrice annual) {
    }

    /**
     * A plan's price in minor units of its currency, billed every interval ({@code month} or {@code year});
     * each part may be null (then the plan's default applies).
     *
     * @param amount   Price in minor units of the currency (paise, cents), e.g. 29900 for 299.00.
     * @param currency ISO 4217 currency code in lower case, e.g. inr.
     * @param interval How often the plan is billed: month or year.
     */
    public record PlanPrice(Long amount, String currency, String interval) {
    }

    /**
     * Stripe connection settings; only required when the provider is {@code stripe}.
     *
     * @param secretKey         Stripe secret key (STRIPE_SECRET_KEY).
     * @param webhookSecret     Signing secret of the webhook endpoint, whsec_… (STRIPE_WEBHOOK_SECRET); two,
     *                          comma-separated, during rotation.
     * @param apiBase           Base URL of the Stripe API (STRIPE_API_BASE); tests point it at a local server.
     * @param priceMonthly      Stripe price id of the monthly plan (STRIPE_PRICE_MONTHLY).
     * @param priceAnnual       Stripe price id of the annual plan (STRIPE_PRICE_ANNUAL).
     * @param connectTimeout    How long to wait for a connection to Stripe.
     * @param readTimeout       How long to wait for Stripe's answer.
     * @param maxNetworkRetries How often stripe-java retries a call that failed on the network (idempotently).
     */
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

    /**
     * Background work: the webhook event worker, reconciliation and the failed-delivery replay.
     *
     * @param enabled        Whether this instance runs the billing jobs at all (each runs on one instance at a time).
     * @param workerEvery    How often stored webhook events are looked for and applied.
     * @param retryBase      First delay before a failed event is retried; it doubles on each attempt.
     * @param maxAttempts    Attempts before an event is left failed for staff to replay.
     * @param reconcileEvery How often subscriptions are compared with Stripe and missed events recovered.
     * @param replayCron     When failed deliveries are replayed each day (cron, in the publisher's time zone).
     */
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
