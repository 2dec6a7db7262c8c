package org.broadsheet.content.metering;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One article counted on one meter in one month. */
@Embeddable
record MeterReadId(@Column(name = "meter_key", length = 80) String meterKey,
        @Column(name = "month_key", length = 7) String month,
        @Column(name = "article_id") UUID articleId) implements Serializable {
}
