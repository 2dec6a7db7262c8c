package org.broadsheet.billing.subscription;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A billing event already published, so each is published once however often its cause arrives. */
@Entity
@Table(name = "billing_notice")
class Notice {

    @Id
    private String dedupeKey;
    private Instant publishedAt;

    protected Notice() {
    }

    Notice(String dedupeKey, Instant publishedAt) {
        this.dedupeKey = dedupeKey;
        this.publishedAt = publishedAt;
    }
}
