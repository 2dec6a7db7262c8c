package org.broadsheet.billing;

/**
 * A plan a reader can subscribe to.
 *
 * @param key       {@code monthly} or {@code annual}
 * @param amount    price in minor units of the currency (paise, cents)
 * @param currency  ISO currency code in lower case
 * @param interval  {@code month} or {@code year}
 * @param trialDays length of the free trial offered on an account's first subscription
 */
public record Plan(String key, long amount, String currency, String interval, int trialDays) {
}
