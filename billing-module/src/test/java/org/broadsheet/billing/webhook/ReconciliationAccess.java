package org.broadsheet.billing.webhook;

import org.springframework.boot.test.context.TestComponent;

/** Lets tests outside this package run reconciliation as the scheduler does. */
@TestComponent
public class ReconciliationAccess {

    private final Reconciliation reconciliation;
    private final EventWorker worker;
    private final WebhookEvents events;

    ReconciliationAccess(Reconciliation reconciliation, EventWorker worker, WebhookEvents events) {
        this.reconciliation = reconciliation;
        this.worker = worker;
        this.events = events;
    }

    public String status(String eventId) {
        return events.findById(eventId).map(WebhookEvent::getStatus).orElse(null);
    }

    public int attempts(String eventId) {
        return events.findById(eventId).map(WebhookEvent::getAttempts).orElse(-1);
    }

    public void resync() {
        reconciliation.resync();
    }

    public int processEvents() {
        return worker.processDue();
    }
}
