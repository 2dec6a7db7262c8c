package org.broadsheet.billing.subscription;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Billing's subscription rows. */
public interface SubscriptionRecords extends JpaRepository<SubscriptionRecord, UUID> {

    Optional<SubscriptionRecord> findBySubscriptionId(String subscriptionId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SubscriptionRecord s where s.subscriptionId = :subscriptionId")
    Optional<SubscriptionRecord> lockBySubscriptionId(String subscriptionId);

    List<SubscriptionRecord> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

    List<SubscriptionRecord> findByAccountIdIn(Collection<UUID> accountIds);

    List<SubscriptionRecord> findByCustomerId(String customerId);

    List<SubscriptionRecord> findByStatusAndTrialEndBetween(String status, Instant from, Instant to);

    /** Not ended and not synced since the cutoff, or stuck: trialing past its end, incomplete for a day. */
    @Query("""
            select s from SubscriptionRecord s where s.endedAt is null and (s.lastSyncedAt < :syncedBefore
              or (s.status = 'trialing' and s.trialEnd < :now)
              or (s.status = 'incomplete' and s.createdAt < :incompleteBefore)
              or (s.status in ('active', 'past_due') and s.currentPeriodEnd < :now and s.lastSyncedAt < s.currentPeriodEnd))
            """)
    List<SubscriptionRecord> needingResync(Instant syncedBefore, Instant now, Instant incompleteBefore);
}
