package org.broadsheet.billing.webhook;

import java.util.List;

import org.broadsheet.billing.WebhookBacklog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the backlog off the stored events, so every instance reports the same numbers. */
@Service
class StoredWebhookBacklog implements WebhookBacklog {

    private final WebhookEvents events;

    StoredWebhookBacklog(WebhookEvents events) {
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Snapshot snapshot() {
        long waiting = events.countByStatusIn(List.of(WebhookEvent.PENDING, WebhookEvent.FAILED));
        long failing = events.countByStatusIn(List.of(WebhookEvent.FAILED, WebhookEvent.DEAD));
        long dead = events.countByStatusIn(List.of(WebhookEvent.DEAD));
        return new Snapshot(waiting, failing, dead, waiting == 0 ? null : events.oldestWaitingReceivedAt());
    }
}
