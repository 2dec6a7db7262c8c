package org.broadsheet.billing.subscription;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

import org.broadsheet.billing.Comps;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records comps granted by staff. */
@Service
class CompGrants implements Comps {

    private final CompRecords comps;
    private final Clock clock;

    CompGrants(CompRecords comps, Clock clock) {
        this.comps = comps;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void grant(UUID accountId, LocalDate until, String reason, String grantedBy) {
        comps.save(new CompRecord(accountId, until, reason, grantedBy, clock.instant()));
    }

    @Override
    public Optional<LocalDate> latestUntil(UUID accountId) {
        return comps.findByAccountId(accountId).stream().map(CompRecord::getUntilDate).max(Comparator.naturalOrder());
    }
}
