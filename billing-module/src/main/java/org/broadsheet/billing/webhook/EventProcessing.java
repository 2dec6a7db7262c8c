package org.broadsheet.billing.webhook;

import java.util.Set;

import org.broadsheet.billing.subscription.CheckoutOutcome;
import org.broadsheet.billing.subscription.PaymentProvider;
import org.broadsheet.billing.subscription.SubscriptionSync;
import org.springframework.stereotype.Component;

/** Applies one stored event: takes its ids and re-syncs from the provider, never trusting the payload's state. */
@Component
class EventProcessing {

    static final Set<String> HANDLED = Set.of(
            "checkout.session.completed",
            "customer.subscription.created", "customer.subscription.updated", "customer.subscription.deleted",
            "customer.subscription.paused", "customer.subscription.resumed", "customer.subscription.trial_will_end",
            "invoice.paid", "invoice.payment_failed", "invoice.payment_action_required",
            "charge.refunded");

    private final PaymentProvider provider;
    private final SubscriptionSync sync;

    EventProcessing(PaymentProvider provider, SubscriptionSync sync) {
        this.provider = provider;
        this.sync = sync;
    }

    /** @return false when the event type is not one billing handles (it is then marked ignored) */
    boolean process(WebhookEvent event) {
        String type = event.getType();
        if (!HANDLED.contains(type)) {
            return false;
        }
        String objectId = event.getObjectId();
        if (objectId == null) {
            throw new IllegalStateException("Event " + event.getEventId() + " names no object");
        }
        switch (type) {
            case "checkout.session.completed" -> {
                CheckoutOutcome outcome = provider.checkoutOutcome(objectId);
                if (outcome.subscriptionId() != null) {
                    sync.sync(outcome.subscriptionId(), outcome.accountId());
                }
            }
            case "customer.subscription.trial_will_end" -> sync.trialEndingSoon(objectId);
            case "invoice.paid", "invoice.payment_action_required" ->
                    provider.subscriptionOfInvoice(objectId).ifPresent(id -> sync.sync(id, null));
            case "invoice.payment_failed" ->
                    provider.subscriptionOfInvoice(objectId).ifPresent(id -> sync.paymentFailed(id, objectId));
            case "charge.refunded" -> {
                if (event.getCustomerId() != null) {
                    provider.subscriptionIdsOfCustomer(event.getCustomerId()).forEach(id -> sync.sync(id, null));
                }
            }
            default -> sync.sync(objectId, null);
        }
        return true;
    }
}
