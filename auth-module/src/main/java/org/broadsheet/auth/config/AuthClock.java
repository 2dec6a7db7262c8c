package org.broadsheet.auth.config;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The time auth reads: the application's Clock bean when there is one (tests move it), else the system clock. */
@Component
public class AuthClock {

    private final Clock clock;

    AuthClock(ObjectProvider<Clock> clocks) {
        this.clock = clocks.getIfUnique(Clock::systemUTC);
    }

    public Instant now() {
        return clock.instant();
    }
}
