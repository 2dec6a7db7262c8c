package org.broadsheet.billing.subscription;

import java.util.UUID;

import org.broadsheet.billing.Plan;

/** What a checkout must sell; {@code trialDays} is null when no trial is offered. */
public record CheckoutRequest(UUID checkoutId, UUID accountId, String customerId, Plan plan, Integer trialDays,
                              boolean cardRequiredForTrial, String successUrl, String cancelUrl) {
}
