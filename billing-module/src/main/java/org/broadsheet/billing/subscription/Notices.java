package org.broadsheet.billing.subscription;

import org.springframework.data.jpa.repository.JpaRepository;

/** Published billing events by dedupe key. */
interface Notices extends JpaRepository<Notice, String> {
}
