package org.broadsheet.content.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.broadsheet.content.ContentProperties;
import org.junit.jupiter.api.Test;

class EditionLedgerUnitTests {

    private final EditionLedger ledger = new EditionLedger(null, null, null,
            new ContentProperties(ZoneId.of("Asia/Kolkata"), false), null);

    @Test
    void findsTodaysSlotInThePublishersTimeZoneOnceItHasCome() {
        // 07:00 IST is 01:30 UTC
        assertThat(ledger.lastSlot("0 0 7 * * *", Instant.parse("2026-11-28T03:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-28T01:30:00Z"));
        assertThat(ledger.lastSlot("0 0 7 * * *", Instant.parse("2026-11-28T01:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-28T01:30:00Z"));
    }

    @Test
    void findsYesterdaysSlotBeforeTodaysHasCome() {
        assertThat(ledger.lastSlot("0 0 7 * * *", Instant.parse("2026-11-28T01:29:59Z")))
                .isEqualTo(Instant.parse("2026-11-27T01:30:00Z"));
    }

    @Test
    void findsLastWeeksSlotOfAWeeklyNewsletter() {
        // 28 Nov 2026 is a Saturday; 09:00 IST is 03:30 UTC
        assertThat(ledger.lastSlot("0 0 9 * * SAT", Instant.parse("2026-11-28T03:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-21T03:30:00Z"));
    }
}
