package org.broadsheet.billing.webhook;

import java.time.Clock;

import org.broadsheet.billing.PaymentWebhooks;
import org.broadsheet.billing.subscription.ProviderEvent;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/** Verifies and stores webhooks; processing happens in {@link EventWorker}. */
@Service
class StoredPaymentWebhooks implements PaymentWebhooks {

    private final WebhookSignatures signatures;
    private final WebhookEvents events;
    private final Clock clock;

    StoredPaymentWebhooks(WebhookSignatures signatures, WebhookEvents events, Clock clock) {
        this.signatures = signatures;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void receive(String payload, String signatureHeader) {
        store(signatures.verify(payload, signatureHeader));
    }

    /** Stores the event once; a duplicate id is a no-op. */
    boolean store(ProviderEvent event) {
        if (events.existsById(event.id())) {
            return false;
        }
        try {
            events.saveAndFlush(new WebhookEvent(event, clock.instant()));
            return true;
        } catch (DataIntegrityViolationException duplicate) {
            return false;
        }
    }
}
