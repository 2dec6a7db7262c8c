package org.broadsheet.billing;

/**
 * A checkout the reader should be sent to.
 *
 * @param url   the hosted checkout page (Stripe Checkout or the local one)
 * @param trial whether completing it starts a free trial
 */
public record CheckoutStarted(String url, boolean trial) {
}
