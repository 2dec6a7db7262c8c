package org.broadsheet.billing.subscription;

/** A checkout session the provider created. */
public record ProviderCheckout(String sessionId, String url) {
}
