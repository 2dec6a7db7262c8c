package org.broadsheet.billing.webhook;

import org.springframework.boot.test.context.TestComponent;

/** Lets tests outside this package run reconciliation as the scheduler does. */
@TestComponent
public class ReconciliationAccess {

    private final Reconciliation reconciliation;
    private final EventWorker worker;

    ReconciliationAccess(Reconciliation reconciliation, EventWorker worker) {
        this.reconciliation = reconciliation;
        this.worker = worker;
    }

    public void resync() {
        reconciliation.resync();
    }

    public int processEvents() {
        return worker.processDue();
    }
}
