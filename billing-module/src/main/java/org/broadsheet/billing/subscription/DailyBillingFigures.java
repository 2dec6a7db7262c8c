package org.broadsheet.billing.subscription;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.broadsheet.billing.BillingDay;
import org.broadsheet.billing.BillingMetrics;
import org.broadsheet.billing.Plan;
import org.broadsheet.billing.Plans;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Counts the dashboard's daily billing figures from the subscription and checkout rows. */
@Service
class DailyBillingFigures implements BillingMetrics {

    /** Statuses of a subscription that is being paid for now. */
    private static final Set<String> PAYING = Set.of("active", "past_due", "unpaid");

    private final JdbcClient jdbc;
    private final Map<String, Plan> plans;
    private final ZoneId zone;

    DailyBillingFigures(JdbcClient jdbc, Plans plans, @Value("${broadsheet.time-zone:Asia/Kolkata}") ZoneId zone) {
        this.jdbc = jdbc;
        this.plans = plans.all().stream().collect(Collectors.toMap(Plan::key, Function.identity()));
        this.zone = zone;
    }

    record Row(String status, String plan, Instant trialStart, Instant trialEnd, Instant endedAt, Instant createdAt) {

        /** When the first paid period began; null when the subscription was never paid for. */
        Instant paidFrom() {
            Instant start = trialEnd != null ? trialEnd : createdAt;
            if (PAYING.contains(status)) {
                return start;
            }
            // an ended subscription was paid for when it outlived its trial (or had none and was not left incomplete)
            if ("canceled".equals(status) && endedAt != null && (trialEnd == null || endedAt.isAfter(trialEnd))) {
                return start;
            }
            return null;
        }
    }

    @Override
    public List<BillingDay> daily(LocalDate from, LocalDate to) {
        List<Row> rows = jdbc.sql("SELECT status, plan_key, trial_start, trial_end, ended_at, created_at FROM billing_subscription")
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
                .list();
        List<Instant> checkouts = jdbc.sql("SELECT created_at FROM billing_checkout WHERE created_at >= :from AND created_at < :to")
                .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
        List<BillingDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Instant start = day.atStartOfDay(zone).toInstant();
            Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
            long trials = 0, converted = 0, paid = 0, cancellations = 0, active = 0, revenue = 0;
            for (Row row : rows) {
                Instant paidFrom = row.paidFrom();
                if (within(row.trialStart(), start, end)) {
                    trials++;
                }
                if (within(paidFrom, start, end)) {
                    paid++;
                    if (row.trialStart() != null) {
                        converted++;
                    }
                }
                if (within(row.endedAt(), start, end)) {
                    cancellations++;
                }
                if (paidFrom != null && paidFrom.isBefore(end) && (row.endedAt() == null || !row.endedAt().isBefore(end))) {
                    active++;
                    revenue += monthly(row.plan());
                }
            }
            long checkoutsStarted = checkouts.stream().filter(at -> within(at, start, end)).count();
            days.add(new BillingDay(day, checkoutsStarted, trials, converted, paid, cancellations, active, revenue));
        }
        return days;
    }

    private long monthly(String planKey) {
        Plan plan = planKey == null ? null : plans.get(planKey);
        if (plan == null) {
            return 0;
        }
        return "year".equals(plan.interval()) ? Math.round(plan.amount() / 12.0) : plan.amount();
    }

    private static boolean within(Instant at, Instant start, Instant end) {
        return at != null && !at.isBefore(start) && at.isBefore(end);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
