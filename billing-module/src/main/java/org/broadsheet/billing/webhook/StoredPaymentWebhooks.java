package org.broadsheet.billing.webhook;

import java.time.Clock;

import org.broadsheet.billing.PaymentWebhooks;
import org.broadsheet.billing.WebhookEventReceived;
import org.broadsheet.billing.WebhookEventRejected;
import org.broadsheet.billing.WebhookRejected;
import org.broadsheet.billing.subscription.ProviderEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/** Verifies and stores webhooks; processing happens in {@link EventWorker}. */
@Service
class StoredPaymentWebhooks implements PaymentWebhooks {

    private final WebhookSignatures signatures;
    private final WebhookEvents events;
    private final Clock clock;
    private final ApplicationEventPublisher published;

    StoredPaymentWebhooks(WebhookSignatures signatures, WebhookEvents events, Clock clock,
                          ApplicationEventPublisher published) {
        this.published = published;
        this.signatures = signatures;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void receive(String payload, String signatureHeader) {
        ProviderEvent event;
        try {
            event = signatures.verify(payload, signatureHeader);
        } catch (WebhookRejected rejected) {
            published.publishEvent(new WebhookEventRejected(clock.instant()));
            throw rejected;
        }
        boolean stored = store(event);
        published.publishEvent(new WebhookEventReceived(event.id(), event.type(), !stored, clock.instant()));
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
