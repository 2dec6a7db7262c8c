package org.broadsheet.content.metering;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A METERED article that counted on a meter this month; its key makes a re-read count nothing. */
@Entity
@Table(name = "meter_reads")
class MeterRead {

    @EmbeddedId
    private MeterReadId id;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected MeterRead() {
    }

    MeterReadId id() {
        return id;
    }

    Instant readAt() {
        return readAt;
    }
}
