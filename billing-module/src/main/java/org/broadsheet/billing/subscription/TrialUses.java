package org.broadsheet.billing.subscription;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Accounts that had their trial. */
interface TrialUses extends JpaRepository<TrialUse, UUID> {
}
