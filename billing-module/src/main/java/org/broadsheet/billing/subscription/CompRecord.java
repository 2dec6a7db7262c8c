package org.broadsheet.billing.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Complimentary access through the end of a day, granted by staff. */
@Entity
@Table(name = "billing_comp")
class CompRecord {

    @Id
    private UUID id;
    private UUID accountId;
    private LocalDate untilDate;
    private String reason;
    private String grantedBy;
    private Instant grantedAt;

    protected CompRecord() {
    }

    CompRecord(UUID accountId, LocalDate untilDate, String reason, String grantedBy, Instant grantedAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.untilDate = untilDate;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    UUID getAccountId() { return accountId; }
    LocalDate getUntilDate() { return untilDate; }
}
