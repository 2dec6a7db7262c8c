package org.broadsheet.content.metering;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The meter's book of reads, one per key and month, in plain SQL. Counting locks the (key, month) row with
 * SELECT … FOR UPDATE, so two threads or two instances never both take the last free read; under that lock one
 * query gives the reads counted so far and whether this article is one of them, and one insert counts a new read.
 * The count runs as a statement of its own after the lock is held, so that it sees every read committed before
 * (PostgreSQL takes a statement's snapshot when it starts, before waiting for a lock). A view that would count
 * nothing, a re-read or a meter already used up, is answered from one unlocked query.
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

    private static final String LOCK = "SELECT 1 FROM meter_months WHERE meter_key = ? AND month_key = ? FOR UPDATE";
    private static final String STANDING = "SELECT COUNT(*) AS used,"
            + " COUNT(CASE WHEN article_id = ? THEN 1 END) AS counted"
            + " FROM meter_reads WHERE meter_key = ? AND month_key = ?";
    private static final String INSERT_READ = "INSERT INTO meter_reads (meter_key, month_key, article_id, read_at)"
            + " VALUES (?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    /** The application's clock, looked up once (on every view, the lookup cost more than the reading). */
    private final Supplier<Clock> clock;

    MeterLedger(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectProvider<Clock> clocks) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = SingletonSupplier.of(() -> clocks.getIfAvailable(Clock::systemUTC));
    }

    /** The meter as it stands, without locking or counting; {@code articleId} may be null. */
    public Entry look(String key, String month, UUID articleId) {
        return jdbc.sql(STANDING).params(articleId, key, month)
                .query((rs, row) -> new Entry(rs.getInt(1), articleId != null && rs.getInt(2) > 0, false))
                .single();
    }

    /**
     * Counts a first read of this article this month when {@code grant} allows it, atomically: the decision
     * and the insert happen while this meter's month row is locked.
     */
    public Entry count(String key, String month, UUID articleId, Grant grant) {
        // Most views count nothing: a re-read, or a meter already used up. Reads are only ever added within a month
        // (a merge empties a visitor's key as they sign in, and a raced look then errs towards the paywall), so
        // what one unlocked query says of those stands, and only a read that would count needs the lock.
        Entry standing = look(key, month, articleId);
        if (standing.alreadyCounted() || !grant.grants(standing.usedBefore(), false)) {
            return standing;
        }
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
            if (!lock(key, month)) {
                return null;
            }
            Entry standing = look(key, month, articleId);
            int used = standing.usedBefore();
            boolean counted = standing.alreadyCounted();
            if (grant.grants(used, counted) && !counted) {
                jdbc.sql(INSERT_READ).params(key, month, articleId, now()).update();
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
            if (!lock(first, month) || !lock(second, month)) {
                throw new IllegalStateException("meter month row missing");
            }
            List<Object[]> moved = new ArrayList<>();
            jdbc.sql("SELECT f.article_id, f.read_at FROM meter_reads f WHERE f.meter_key = ? AND f.month_key = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM meter_reads t WHERE t.meter_key = ? AND t.month_key = ?"
                    + " AND t.article_id = f.article_id)")
                    .params(fromKey, month, toKey, month)
                    .query(rs -> {
                        moved.add(new Object[] {toKey, month, rs.getObject(1, UUID.class),
                                rs.getObject(2, OffsetDateTime.class)});
                    });
            for (Object[] read : moved) {
                jdbc.sql(INSERT_READ).params(read).update();
            }
            jdbc.sql("DELETE FROM meter_reads WHERE meter_key = ? AND month_key = ?").params(fromKey, month).update();
        });
    }

    private boolean lock(String key, String month) {
        return !jdbc.sql(LOCK).params(key, month).query(Integer.class).list().isEmpty();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.get().instant(), ZoneOffset.UTC);
    }

    private boolean monthExists(String key, String month) {
        return jdbc.sql("SELECT COUNT(*) FROM meter_months WHERE meter_key = ? AND month_key = ?").params(key, month)
                .query(Long.class).single() > 0;
    }

    private void ensureMonth(String key, String month) {
        if (monthExists(key, month)) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> jdbc
                    .sql("INSERT INTO meter_months (meter_key, month_key, created_at) VALUES (?, ?, ?)")
                    .params(key, month, now()).update());
        }
        catch (DataAccessException raced) {
            // Another thread or instance created it first; anything else shows up as a missing row below.
            if (!monthExists(key, month)) {
                throw raced;
            }
        }
    }
}
