package org.broadsheet.billing.subscription;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The provider customer of an account, recorded only after the provider created it. */
@Entity
@Table(name = "billing_customer")
public class CustomerRecord {

    @Id
    private UUID accountId;
    private String provider;
    private String customerId;
    private Instant createdAt;

    protected CustomerRecord() {
    }

    public CustomerRecord(UUID accountId, String provider, String customerId, Instant createdAt) {
        this.accountId = accountId;
        this.provider = provider;
        this.customerId = customerId;
        this.createdAt = createdAt;
    }

    public UUID getAccountId() { return accountId; }
    public String getProvider() { return provider; }
    public String getCustomerId() { return customerId; }
}
