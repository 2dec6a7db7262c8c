package org.broadsheet.billing.subscription;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A checkout that was started, so a checkout that never became a subscription can be found. */
@Entity
@Table(name = "billing_checkout")
public class CheckoutRecord {

    @Id
    private UUID id;
    private UUID accountId;
    private String provider;
    private String planKey;
    private String sessionId;
    private String url;
    private boolean trialOffered;
    private String subscriptionId;
    private Instant createdAt;

    protected CheckoutRecord() {
    }

    CheckoutRecord(UUID id, UUID accountId, String provider, String planKey, ProviderCheckout checkout,
                   boolean trialOffered, Instant createdAt) {
        this.id = id;
        this.accountId = accountId;
        this.provider = provider;
        this.planKey = planKey;
        this.sessionId = checkout.sessionId();
        this.url = checkout.url();
        this.trialOffered = trialOffered;
        this.createdAt = createdAt;
    }

    public UUID getId() { return id; }
    public UUID getAccountId() { return accountId; }
    public String getPlanKey() { return planKey; }
    public String getSessionId() { return sessionId; }
    public String getUrl() { return url; }
    public boolean isTrialOffered() { return trialOffered; }
    public String getSubscriptionId() { return subscriptionId; }
    public Instant getCreatedAt() { return createdAt; }

    void completedWith(String subscriptionId) {
        this.subscriptionId = subscriptionId;
    }
}
