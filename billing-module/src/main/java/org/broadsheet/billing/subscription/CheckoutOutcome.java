package org.broadsheet.billing.subscription;

import java.util.UUID;

/** What a checkout session became; {@code subscriptionId} and {@code accountId} may be null. */
public record CheckoutOutcome(String sessionId, String subscriptionId, String customerId, UUID accountId) {
}
