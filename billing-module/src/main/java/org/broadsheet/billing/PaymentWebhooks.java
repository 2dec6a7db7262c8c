package org.broadsheet.billing;

/** Receives the payment provider's webhooks: verifies, stores and returns; a worker applies them. */
public interface PaymentWebhooks {

    /**
     * Verifies the signature and stores the event under its id (a duplicate is accepted and stored once).
     *
     * @param signatureHeader the {@code Stripe-Signature} header; may be null (then rejected)
     * @throws WebhookRejected for a bad signature, a stale timestamp or a malformed body
     */
    void receive(String payload, String signatureHeader);
}
