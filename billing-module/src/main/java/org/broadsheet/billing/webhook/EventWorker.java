package org.broadsheet.billing.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.broadsheet.billing.BillingProperties;
import org.broadsheet.billing.WebhookEventFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Processes stored events on every instance: each event is claimed with a conditional update (a lease), so
 * two workers never apply it at once; failures are retried with exponential backoff and stay visible.
 */
@Component
class EventWorker {

    private static final Logger log = LoggerFactory.getLogger(EventWorker.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final WebhookEvents events;
    private final EventProcessing processing;
    private final BillingProperties.Jobs settings;
    private final Clock clock;
    private final ApplicationEventPublisher published;

    EventWorker(WebhookEvents events, EventProcessing processing, BillingProperties properties, Clock clock,
                ApplicationEventPublisher published) {
        this.published = published;
        this.events = events;
        this.processing = processing;
        this.settings = properties.jobs();
        this.clock = clock;
    }

    /** Processes every due event; returns how many this worker handled. */
    int processDue() {
        Instant now = clock.instant();
        List<String> due = events.due(now, Limit.of(100));
        int handled = 0;
        for (String eventId : due) {
            if (events.claim(eventId, now, now.plus(LEASE)) == 1) {
                processClaimed(eventId);
                handled++;
            }
        }
        return handled;
    }

    /** Claims and processes one due event now (a staff replay); false when another worker holds it. */
    boolean processOne(String eventId) {
        Instant now = clock.instant();
        if (events.claim(eventId, now, now.plus(LEASE)) != 1) {
            return false;
        }
        processClaimed(eventId);
        return true;
    }

    private void processClaimed(String eventId) {
        WebhookEvent event = events.findById(eventId).orElseThrow();
        try {
            boolean handled = processing.process(event);
            events.finish(eventId, handled ? WebhookEvent.PROCESSED : WebhookEvent.IGNORED, clock.instant());
        } catch (RuntimeException e) {
            int attempt = event.getAttempts() + 1;
            boolean exhausted = attempt >= settings.maxAttempts();
            Duration backoff = settings.retryBase().multipliedBy(1L << Math.min(attempt - 1, 20));
            if (backoff.compareTo(MAX_BACKOFF) > 0) {
                backoff = MAX_BACKOFF;
            }
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Billing event {} ({}) failed on attempt {}: {}", eventId, event.getType(), attempt, error);
            events.fail(eventId, exhausted ? WebhookEvent.DEAD : WebhookEvent.FAILED, clock.instant().plus(backoff),
                    error.length() > 2000 ? error.substring(0, 2000) : error);
            published.publishEvent(new WebhookEventFailed(eventId, event.getType(), attempt, exhausted, clock.instant()));
        }
    }
}
