package org.broadsheet.billing.webhook;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The schedule of billing's background work; off with {@code broadsheet.billing.jobs.enabled=false}. */
@Component
@ConditionalOnProperty(name = "broadsheet.billing.jobs.enabled", havingValue = "true", matchIfMissing = true)
class BillingJobs {

    private final EventWorker worker;
    private final Reconciliation reconciliation;

    BillingJobs(EventWorker worker, Reconciliation reconciliation) {
        this.worker = worker;
        this.reconciliation = reconciliation;
    }

    @Scheduled(fixedDelayString = "${broadsheet.billing.jobs.worker-every:2s}", initialDelayString = "5s")
    void processEvents() {
        // Drain the backlog: batch after batch while batches come full, so a burst of webhooks is applied at
        // the worker's pace rather than 100 events per tick (50 a second).
        int handled;
        do {
            handled = worker.processDue();
        } while (handled == EventWorker.BATCH && !Thread.currentThread().isInterrupted());
    }

    @Scheduled(fixedDelayString = "${broadsheet.billing.jobs.reconcile-every:15m}", initialDelayString = "1m")
    void resync() {
        reconciliation.resync();
    }

    @Scheduled(cron = "${broadsheet.billing.jobs.replay-cron:0 30 3 * * *}", zone = "${broadsheet.time-zone:Asia/Kolkata}")
    void replayUndelivered() {
        reconciliation.replayUndelivered();
    }
}
