package org.broadsheet.billing;

/**
 * A checkout on the built-in local checkout page.
 *
 * @param sessionId the checkout's id in its URL
 * @param plan      the plan being bought
 * @param trial     whether paying starts a free trial
 * @param completed whether it was already paid
 */
public record LocalCheckout(String sessionId, Plan plan, boolean trial, boolean completed) {
}
