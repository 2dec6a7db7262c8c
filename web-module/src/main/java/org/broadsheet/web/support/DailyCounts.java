package org.broadsheet.web.support;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Per-day counters of what the site showed readers (paywalls, exhausted meters), days in the publisher's time
 * zone; every instance adds to the same rows. Counts gather in memory and reach the database every few
 * seconds, so an article view never waits on the one row every instance would otherwise update.
 */
@Component
public class DailyCounts {

    /** A paywall was shown in place of gated text. */
    public static final String PAYWALL_SHOWN = "paywall-shown";
    /** A paywall was shown because the monthly meter was used up. */
    public static final String METER_EXHAUSTED = "meter-exhausted";

    private final JdbcClient jdbc;
    private final SiteProperties site;
    /** The application's clock, looked up once (on every view, the lookup cost more than the reading). */
    private final Supplier<Clock> clock;
    private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();

    private record Key(LocalDate day, String metric) {
    }

    public DailyCounts(JdbcClient jdbc, SiteProperties site, ObjectProvider<Clock> clocks) {
        this.jdbc = jdbc;
        this.site = site;
        this.clock = SingletonSupplier.of(() -> clocks.getIfAvailable(Clock::systemUTC));
    }

    /** Adds one to today's count of the metric. */
    public void increment(String metric) {
        LocalDate day = LocalDate.now(clock.get().withZone(site.timeZone()));
        pending.computeIfAbsent(new Key(day, metric), key -> new LongAdder()).increment();
    }

    /** Writes the counts gathered on this instance since the last flush. */
    @Scheduled(fixedDelayString = "${broadsheet.daily-counts.flush-interval:PT10S}")
    @PreDestroy
    public void flush() {
        for (Key key : pending.keySet()) {
            LongAdder adder = pending.get(key);
            long amount = adder == null ? 0 : adder.sumThenReset();
            if (amount > 0) {
                add(Date.valueOf(key.day()), key.metric(), amount);
            }
        }
    }

    /** The metric's count per day from {@code from} to {@code to} inclusive; days without a row are absent. */
    public Map<LocalDate, Long> between(String metric, LocalDate from, LocalDate to) {
        flush();
        Map<LocalDate, Long> counts = new HashMap<>();
        jdbc.sql("SELECT count_day, total FROM web_daily_count WHERE metric = :metric AND count_day BETWEEN :from AND :to")
                .param("metric", metric).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> counts.put(rs.getDate(1).toLocalDate(), rs.getLong(2))).list();
        return counts;
    }

    private void add(Date day, String metric, long amount) {
        if (update(day, metric, amount) == 1) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO web_daily_count (count_day, metric, total) VALUES (:day, :metric, :amount)")
                    .param("day", day).param("metric", metric).param("amount", amount).update();
        } catch (DataIntegrityViolationException concurrentFirst) {
            update(day, metric, amount);
        }
    }

    private int update(Date day, String metric, long amount) {
        return jdbc.sql("UPDATE web_daily_count SET total = total + :amount WHERE count_day = :day AND metric = :metric")
                .param("amount", amount).param("day", day).param("metric", metric).update();
    }
}
