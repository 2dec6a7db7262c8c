package org.broadsheet.web.support;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-day counters of what the site showed readers (paywalls, exhausted meters), days in the publisher's time
 * zone; every instance adds to the same rows.
 */
@Component
public class DailyCounts {

    /** A paywall was shown in place of gated text. */
    public static final String PAYWALL_SHOWN = "paywall-shown";
    /** A paywall was shown because the monthly meter was used up. */
    public static final String METER_EXHAUSTED = "meter-exhausted";

    private final JdbcClient jdbc;
    private final SiteProperties site;
    private final ObjectProvider<Clock> clocks;

    public DailyCounts(JdbcClient jdbc, SiteProperties site, ObjectProvider<Clock> clocks) {
        this.jdbc = jdbc;
        this.site = site;
        this.clocks = clocks;
    }

    /** Adds one to today's count of the metric. */
    public void increment(String metric) {
        Date day = Date.valueOf(LocalDate.now(clocks.getIfAvailable(Clock::systemUTC).withZone(site.timeZone())));
        if (add(day, metric) == 1) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO web_daily_count (count_day, metric, total) VALUES (:day, :metric, 1)")
                    .param("day", day).param("metric", metric).update();
        } catch (DataIntegrityViolationException concurrentFirst) {
            add(day, metric);
        }
    }

    /** The metric's count per day from {@code from} to {@code to} inclusive; days without a row are absent. */
    public Map<LocalDate, Long> between(String metric, LocalDate from, LocalDate to) {
        Map<LocalDate, Long> counts = new HashMap<>();
        jdbc.sql("SELECT count_day, total FROM web_daily_count WHERE metric = :metric AND count_day BETWEEN :from AND :to")
                .param("metric", metric).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> counts.put(rs.getDate(1).toLocalDate(), rs.getLong(2))).list();
        return counts;
    }

    private int add(Date day, String metric) {
        return jdbc.sql("UPDATE web_daily_count SET total = total + 1 WHERE count_day = :day AND metric = :metric")
                .param("day", day).param("metric", metric).update();
    }
}
