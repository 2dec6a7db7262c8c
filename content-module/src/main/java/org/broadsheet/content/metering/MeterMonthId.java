package org.broadsheet.content.metering;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies one meter in one calendar month. */
@Embeddable
record MeterMonthId(@Column(name = "meter_key", length = 80) String meterKey,
        @Column(name = "month_key", length = 7) String month) implements Serializable {
}
