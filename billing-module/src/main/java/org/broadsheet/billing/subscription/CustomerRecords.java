package org.broadsheet.billing.subscription;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Accounts' provider customers. */
public interface CustomerRecords extends JpaRepository<CustomerRecord, UUID> {

    Optional<CustomerRecord> findByCustomerId(String customerId);
}
