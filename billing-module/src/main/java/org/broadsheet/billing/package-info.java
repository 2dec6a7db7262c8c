/**
 * Billing: plans, the free trial, subscriptions through Stripe (or the local provider), entitlements,
 * comps and refunds. Stripe's types stay inside {@code billing.stripe}.
 */
package org.broadsheet.billing;
