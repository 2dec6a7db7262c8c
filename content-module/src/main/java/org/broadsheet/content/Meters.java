package org.broadsheet.content;

import java.util.UUID;

import org.springframework.stereotype.Service;

/** The monthly meter of METERED reads, kept on the server per account or per anonymous visitor. */
@Service
public class Meters {

    /** This month's meter for the reader; null when the reader is not metered (staff, entitled readers). */
    public MeterState stateFor(ReaderFacts reader) {
        return new MeterState(0, 3);
    }

    /** When a browser signs in or registers: its anonymous reads this month count toward the account. */
    public void adoptVisitorReads(String visitorId, UUID accountId) {
    }
}
