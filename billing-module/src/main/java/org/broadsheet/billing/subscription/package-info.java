/** Subscriptions, trials, checkouts, comps and entitlements; the provider port they speak through. */
package org.broadsheet.billing.subscription;
