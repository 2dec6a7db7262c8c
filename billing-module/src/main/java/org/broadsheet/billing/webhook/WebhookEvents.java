package org.broadsheet.billing.webhook;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Stored provider events. */
interface WebhookEvents extends JpaRepository<WebhookEvent, String> {

    @Query("""
            select e.eventId from WebhookEvent e where e.status in ('PENDING', 'FAILED') and e.nextAttemptAt <= :now
              and (e.claimedUntil is null or e.claimedUntil < :now) order by e.receivedAt
            """)
    List<String> due(Instant now, Limit limit);

    /** Claims an event for one worker until the lease ends; 1 when this worker got it. */
    @Transactional
    @Modifying
    @Query("""
            update WebhookEvent e set e.claimedUntil = :leaseEnd where e.eventId = :eventId
              and e.status in ('PENDING', 'FAILED') and (e.claimedUntil is null or e.claimedUntil < :now)
            """)
    int claim(String eventId, Instant now, Instant leaseEnd);

    @Transactional
    @Modifying
    @Query("""
            update WebhookEvent e set e.status = :status, e.processedAt = :now, e.claimedUntil = null,
              e.attempts = e.attempts + 1, e.lastError = null where e.eventId = :eventId
            """)
    int finish(String eventId, String status, Instant now);

    @Transactional
    @Modifying
    @Query("""
            update WebhookEvent e set e.status = :status, e.nextAttemptAt = :nextAttemptAt, e.claimedUntil = null,
              e.attempts = e.attempts + 1, e.lastError = :error where e.eventId = :eventId
            """)
    int fail(String eventId, String status, Instant nextAttemptAt, String error);

    long countByStatusIn(List<String> statuses);

    @Query("select min(e.receivedAt) from WebhookEvent e where e.status in ('PENDING', 'FAILED')")
    Instant oldestWaitingReceivedAt();
}
