package org.broadsheet.billing.stripe;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import org.broadsheet.billing.BillingProperties;
import org.broadsheet.billing.WebhookRejected;
import org.broadsheet.billing.subscription.ProviderEvent;
import org.broadsheet.billing.webhook.WebhookSignatures;
import org.springframework.stereotype.Component;

/**
 * Verifies {@code Stripe-Signature} with a 300-second tolerance against up to two secrets (comma-separated in
 * {@code STRIPE_WEBHOOK_SECRET}, for rotation); with no secret configured every webhook is rejected.
 */
@Component
class StripeWebhookSignatures implements WebhookSignatures {

    static final long TOLERANCE_SECONDS = 300;

    private final List<String> secrets;
    private final Clock clock;

    StripeWebhookSignatures(BillingProperties properties, Clock clock) {
        this.secrets = Arrays.stream(properties.stripe().webhookSecret().split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).limit(2).toList();
        this.clock = clock;
    }

    @Override
    public ProviderEvent verify(String payload, String signatureHeader) {
        if (payload == null || signatureHeader == null || signatureHeader.isBlank()) {
            throw new WebhookRejected("The Stripe-Signature header is missing.");
        }
        if (secrets.isEmpty()) {
            throw new WebhookRejected("No webhook signing secret is configured.");
        }
        boolean stale = false;
        for (String secret : secrets) {
            try {
                Webhook.Signature.verifyHeader(payload, signatureHeader, secret, TOLERANCE_SECONDS, clock);
                return StripeEventIds.read(payload);
            } catch (SignatureVerificationException e) {
                stale |= e.getMessage() != null && e.getMessage().contains("tolerance");
            }
        }
        throw new WebhookRejected(stale ? "The signature's timestamp is too old." : "The signature does not match.");
    }
}
