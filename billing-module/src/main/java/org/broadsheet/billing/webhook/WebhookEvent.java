package org.broadsheet.billing.webhook;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.broadsheet.billing.subscription.ProviderEvent;
import org.springframework.data.domain.Persistable;

/** A received provider event, stored before answering, then processed by the worker with retries. */
@Entity
@Table(name = "billing_webhook_event")
class WebhookEvent implements Persistable<String> {

    static final String PENDING = "PENDING";
    static final String PROCESSED = "PROCESSED";
    static final String IGNORED = "IGNORED";
    static final String FAILED = "FAILED";
    static final String DEAD = "DEAD";

    @Id
    private String eventId;
    private String type;
    private String apiVersion;
    private String objectId;
    private String customerId;
    private String payload;
    private Instant receivedAt;
    private String status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant claimedUntil;
    private String lastError;
    private Instant processedAt;
    // a new event is always inserted, never merged: a concurrent delivery of the same id then fails on the
    // primary key instead of silently overwriting the row another instance stored
    @Transient
    private boolean fresh;

    protected WebhookEvent() {
    }

    WebhookEvent(ProviderEvent event, Instant now) {
        this.eventId = event.id();
        this.type = event.type();
        this.apiVersion = event.apiVersion();
        this.objectId = event.objectId();
        this.customerId = event.customerId();
        this.payload = event.payload();
        this.receivedAt = now;
        this.status = PENDING;
        this.nextAttemptAt = now;
        this.fresh = true;
    }

    @Override
    public String getId() {
        return eventId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    String getEventId() { return eventId; }
    String getType() { return type; }
    String getObjectId() { return objectId; }
    String getCustomerId() { return customerId; }
    String getStatus() { return status; }
    int getAttempts() { return attempts; }
    String getLastError() { return lastError; }
}
