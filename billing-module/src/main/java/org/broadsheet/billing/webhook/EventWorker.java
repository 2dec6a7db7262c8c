package org.broadsheet.billing.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

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
    /** Events looked at per batch. */
    static final int BATCH = 100;
    /** Objects whose events are applied at once: each waits mostly on the provider's answer, not on this machine. */
    static final int PARALLEL = 4;

    private final WebhookEvents events;
    private final EventProcessing processing;
    private final BillingProperties.Jobs settings;
    private final Clock clock;
    private final ApplicationEventPublisher published;
    private final ExecutorService appliers = Executors.newFixedThreadPool(PARALLEL, new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "billing-events-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    EventWorker(WebhookEvents events, EventProcessing processing, BillingProperties properties, Clock clock,
                ApplicationEventPublisher published) {
        this.published = published;
        this.events = events;
        this.processing = processing;
        this.settings = properties.jobs();
        this.clock = clock;
    }

    /**
     * Processes a batch of due events, at most {@link #BATCH}. Events about different objects (subscriptions,
     * invoices, sessions) are applied {@link #PARALLEL} at a time, those about one object one after the other in
     * the order received, as before; a batch about one object only is applied on the calling thread. Each event
     * is claimed just before it is applied, so none is applied twice. Returns how many this worker handled once
     * all are done.
     */
    int processDue() {
        Instant now = clock.instant();
        List<String> due = events.due(now, Limit.of(BATCH));
        if (due.isEmpty()) {
            return 0;
        }
        Map<String, WebhookEvent> found = new HashMap<>();
        events.findAllById(due).forEach(event -> found.put(event.getEventId(), event));
        Map<String, List<String>> byObject = new LinkedHashMap<>();
        for (String eventId : due) {
            WebhookEvent event = found.get(eventId);
            String object = event == null || event.getObjectId() == null ? "event:" + eventId : event.getObjectId();
            byObject.computeIfAbsent(object, key -> new ArrayList<>()).add(eventId);
        }
        if (byObject.size() == 1) {
            return processInOrder(due, now);
        }
        List<Future<Integer>> applied = new ArrayList<>(byObject.size());
        for (List<String> ofOneObject : byObject.values()) {
            applied.add(appliers.submit(() -> processInOrder(ofOneObject, now)));
        }
        int handled = 0;
        for (Future<Integer> one : applied) {
            handled += outcome(one);
        }
        return handled;
    }

    private int processInOrder(List<String> eventIds, Instant now) {
        int handled = 0;
        for (String eventId : eventIds) {
            if (events.claim(eventId, now, now.plus(LEASE)) == 1) {
                processClaimed(eventId);
                handled++;
            }
        }
        return handled;
    }

    private static int outcome(Future<Integer> applied) {
        try {
            return applied.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        appliers.shutdown();
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
