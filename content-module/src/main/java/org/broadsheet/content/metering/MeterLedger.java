package org.broadsheet.content.metering;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The meter's book of reads, one per key and month. Counting locks the (key, month) row with SELECT … FOR
 * UPDATE, so two threads or two instances never both take the last free read.
 */
@Component
public class MeterLedger {

    /** Decides, under the lock, whether a read is granted given the reads counted so far. */
    @FunctionalInterface
    public interface Grant {
        boolean grants(int used, boolean alreadyCounted);
    }

    /** The meter around one read: reads counted before it, whether it had counted already, whether it counted now. */
    public record Entry(int usedBefore, boolean alreadyCounted, boolean countedNow) {

        public int usedAfter() {
            return countedNow ? usedBefore + 1 : usedBefore;
        }
    }

    private final MeterMonthRepository months;
    private final MeterReadRepository reads;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate readOnly;
    private final ObjectProvider<Clock> clocks;

    MeterLedger(MeterMonthRepository months, MeterReadRepository reads, PlatformTransactionManager transactions,
            ObjectProvider<Clock> clocks) {
        this.months = months;
        this.reads = reads;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clocks = clocks;
    }

    /** The meter as it stands, without locking or counting. */
    public Entry look(String key, String month, UUID articleId) {
        return readOnly.execute(status -> new Entry((int) reads.countReads(key, month),
                articleId != null && reads.existsById(new MeterReadId(key, month, articleId)), false));
    }

    /**
     * Counts a first read of this article this month when {@code grant} allows it, atomically: the decision
     * and the insert happen while this meter's month row is locked.
     */
    public Entry count(String key, String month, UUID articleId, Grant grant) {
        // The month row usually exists: lock it straight away, and create it only when the lock finds none.
        Entry counted = countLocked(key, month, articleId, grant);
        if (counted != null) {
            return counted;
        }
        ensureMonth(key, month);
        return Objects.requireNonNull(countLocked(key, month, articleId, grant), "meter month row missing");
    }

    private Entry countLocked(String key, String month, UUID articleId, Grant grant) {
        return ownTransaction.execute(status -> {
            if (months.lock(new MeterMonthId(key, month)).isEmpty()) {
                return null;
            }
            int used = (int) reads.countReads(key, month);
            boolean counted = reads.existsById(new MeterReadId(key, month, articleId));
            boolean granted = grant.grants(used, counted);
            if (granted && !counted) {
                reads.insert(key, month, articleId, clocks.getIfAvailable(Clock::systemUTC).instant());
                return new Entry(used, false, true);
            }
            return new Entry(used, counted, false);
        });
    }

    /** Moves this month's reads of {@code fromKey} onto {@code toKey} (no article twice) and empties {@code fromKey}. */
    public void merge(String fromKey, String toKey, String month) {
        if (fromKey.equals(toKey)) {
            return;
        }
        ensureMonth(fromKey, month);
        ensureMonth(toKey, month);
        ownTransaction.executeWithoutResult(status -> {
            // Lock in a fixed order so two merges never wait on each other.
            String first = fromKey.compareTo(toKey) < 0 ? fromKey : toKey;
            String second = first.equals(fromKey) ? toKey : fromKey;
            months.lock(new MeterMonthId(first, month)).orElseThrow();
            months.lock(new MeterMonthId(second, month)).orElseThrow();
            Set<UUID> already = reads.findReads(toKey, month).stream().map(r -> r.id().articleId())
                    .collect(Collectors.toSet());
            for (MeterRead read : reads.findReads(fromKey, month)) {
                if (already.add(read.id().articleId())) {
                    reads.insert(toKey, month, read.id().articleId(), read.readAt());
                }
            }
            reads.deleteReads(fromKey, month);
        });
    }

    private void ensureMonth(String key, String month) {
        MeterMonthId id = new MeterMonthId(key, month);
        if (Boolean.TRUE.equals(readOnly.execute(status -> months.existsById(id)))) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> months.insert(key, month,
                    clocks.getIfAvailable(Clock::systemUTC).instant()));
        }
        catch (DataAccessException raced) {
            // Another thread or instance created it first; anything else shows up as a missing row below.
            if (!Boolean.TRUE.equals(readOnly.execute(status -> months.existsById(id)))) {
                throw raced;
            }
        }
    }
}
