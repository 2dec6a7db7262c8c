package org.broadsheet.content.metering;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The row locked while a meter's reads for a month are counted, so counting is atomic across instances. */
@Entity
@Table(name = "meter_months")
class MeterMonth {

    @EmbeddedId
    private MeterMonthId id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MeterMonth() {
    }

    MeterMonthId id() {
        return id;
    }
}
