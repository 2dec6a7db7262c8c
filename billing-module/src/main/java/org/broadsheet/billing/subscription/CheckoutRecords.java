package org.broadsheet.billing.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Started checkouts. */
public interface CheckoutRecords extends JpaRepository<CheckoutRecord, UUID> {

    Optional<CheckoutRecord> findBySessionId(String sessionId);

    List<CheckoutRecord> findByAccountIdAndSubscriptionIdIsNull(UUID accountId);

    List<CheckoutRecord> findBySubscriptionIdIsNullAndCreatedAtBetween(Instant from, Instant to);
}
