package org.broadsheet.content.reader;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** "Now" for the reader features: the application's Clock bean when there is one, so tests can move time. */
@Component
class ReaderClock {

    private final ObjectProvider<Clock> clocks;
    /** The clock once looked up (a bean lookup per call cost more than the feed's ranking). */
    private volatile Clock clock;

    ReaderClock(ObjectProvider<Clock> clocks) {
        this.clocks = clocks;
    }

    Instant now() {
        Clock found = clock;
        if (found == null) {
            found = clocks.getIfAvailable(Clock::systemUTC);
            clock = found;
        }
        return found.instant();
    }
}
