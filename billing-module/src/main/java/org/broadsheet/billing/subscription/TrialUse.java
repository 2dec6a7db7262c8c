package org.broadsheet.billing.subscription;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That an account has had its one free trial. */
@Entity
@Table(name = "billing_trial_use")
class TrialUse {

    @Id
    private UUID accountId;
    private String subscriptionId;
    private Instant usedAt;

    protected TrialUse() {
    }

    TrialUse(UUID accountId, String subscriptionId, Instant usedAt) {
        this.accountId = accountId;
        this.subscriptionId = subscriptionId;
        this.usedAt = usedAt;
    }
}
