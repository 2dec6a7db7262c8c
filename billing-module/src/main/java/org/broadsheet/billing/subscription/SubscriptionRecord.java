package org.broadsheet.billing.subscription;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Billing's copy of a provider subscription, kept in step by webhooks and reconciliation. */
@Entity
@Table(name = "billing_subscription")
public class SubscriptionRecord {

    @Id
    private UUID id;
    private UUID accountId;
    private String provider;
    private String customerId;
    @Column(name = "subscription_id")
    private String subscriptionId;
    private String status;
    private String planKey;
    private Instant trialStart;
    private Instant trialEnd;
    private Instant currentPeriodEnd;
    private boolean cancelAtPeriodEnd;
    private Instant pastDueSince;
    private Instant endedAt;
    private Instant createdAt;
    private Instant lastSyncedAt;

    protected SubscriptionRecord() {
    }

    SubscriptionRecord(UUID accountId, String provider, ProviderSubscription snapshot, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.provider = provider;
        this.subscriptionId = snapshot.id();
        this.customerId = snapshot.customerId();
        this.status = "incomplete";
        this.createdAt = now;
        this.lastSyncedAt = now;
    }

    public UUID getAccountId() { return accountId; }
    public String getProvider() { return provider; }
    public String getCustomerId() { return customerId; }
    public String getSubscriptionId() { return subscriptionId; }
    public String getStatus() { return status; }
    public String getPlanKey() { return planKey; }
    public Instant getTrialStart() { return trialStart; }
    public Instant getTrialEnd() { return trialEnd; }
    public Instant getCurrentPeriodEnd() { return currentPeriodEnd; }
    public boolean isCancelAtPeriodEnd() { return cancelAtPeriodEnd; }
    public Instant getPastDueSince() { return pastDueSince; }
    public Instant getEndedAt() { return endedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastSyncedAt() { return lastSyncedAt; }

    /** Whether the subscription has ended for good. */
    public boolean ended() {
        return endedAt != null || "canceled".equals(status) || "incomplete_expired".equals(status);
    }

    /** Whether it blocks a new checkout: every subscription that has not ended (an incomplete one expires on its own). */
    public boolean live() {
        return !ended();
    }

    /** The snapshot this record stands for, as a local provider would report it. */
    public ProviderSubscription snapshot() {
        return new ProviderSubscription(subscriptionId, customerId, status, planKey, trialStart, trialEnd,
                currentPeriodEnd, cancelAtPeriodEnd, endedAt, accountId);
    }

    void apply(ProviderSubscription snapshot, Instant now) {
        if (snapshot.customerId() != null) {
            this.customerId = snapshot.customerId();
        }
        if ("past_due".equals(snapshot.status())) {
            if (pastDueSince == null) {
                pastDueSince = now;
            }
        } else if (!"unpaid".equals(snapshot.status())) {
            pastDueSince = null;
        }
        this.status = snapshot.status();
        if (snapshot.planKey() != null) {
            this.planKey = snapshot.planKey();
        }
        this.trialStart = snapshot.trialStart();
        this.trialEnd = snapshot.trialEnd();
        this.currentPeriodEnd = snapshot.currentPeriodEnd();
        this.cancelAtPeriodEnd = snapshot.cancelAtPeriodEnd();
        this.endedAt = snapshot.endedAt() != null ? snapshot.endedAt()
                : ("canceled".equals(status) || "incomplete_expired".equals(status)) ? (endedAt != null ? endedAt : now) : null;
        this.lastSyncedAt = now;
    }
}
