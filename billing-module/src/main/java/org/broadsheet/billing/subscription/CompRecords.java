package org.broadsheet.billing.subscription;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Granted comps. */
interface CompRecords extends JpaRepository<CompRecord, UUID> {

    List<CompRecord> findByAccountId(UUID accountId);

    List<CompRecord> findByAccountIdIn(Collection<UUID> accountIds);
}
