package org.broadsheet.billing.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.broadsheet.billing.BillingDay;
import org.broadsheet.billing.BillingMetrics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard's daily figures from known subscription rows, with days in Asia/Kolkata. */
@SpringBootTest(properties = {"broadsheet.billing.jobs.enabled=false", "broadsheet.time-zone=Asia/Kolkata",
        "spring.datasource.url=jdbc:h2:mem:figures;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class DailyBillingFiguresIntegrationTests {

    @Autowired
    BillingMetrics metrics;
    @Autowired
    JdbcClient jdbc;

    @Test
    void countsTrialsConversionsCancellationsSubscribersAndRevenuePerDay() {
        // a trial started on Mar 1 that converted on Mar 15 (monthly, 299.00)
        subscription("active", "monthly", "2027-03-01T04:00:00Z", "2027-03-15T04:00:00Z", null, "2027-03-01T04:00:00Z");
        // a trial started on Mar 1 that was cancelled during the trial on Mar 10
        subscription("canceled", "monthly", "2027-03-01T05:00:00Z", "2027-03-15T05:00:00Z", "2027-03-10T05:00:00Z",
                "2027-03-01T05:00:00Z");
        // an annual subscription without trial from Mar 2, ended Mar 20
        subscription("canceled", "annual", null, null, "2027-03-20T06:00:00Z", "2027-03-02T06:00:00Z");
        checkout("2027-03-01T03:00:00Z");
        checkout("2027-03-01T03:30:00Z");

        var days = metrics.daily(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-20"));

        assertThat(days).hasSize(20);
        BillingDay first = days.get(0);
        assertThat(first.checkoutsStarted()).isEqualTo(2);
        assertThat(first.trialsStarted()).isEqualTo(2);
        assertThat(first.activeSubscribers()).isZero();
        BillingDay second = days.get(1);
        assertThat(second.firstPayments()).isEqualTo(1);
        assertThat(second.trialsConverted()).isZero();
        assertThat(second.activeSubscribers()).isEqualTo(1);
        assertThat(second.monthlyRevenue()).isEqualTo(24992);
        assertThat(days.get(9).cancellations()).isEqualTo(1);
        BillingDay conversion = days.get(14);
        assertThat(conversion.trialsConverted()).isEqualTo(1);
        assertThat(conversion.activeSubscribers()).isEqualTo(2);
        assertThat(conversion.monthlyRevenue()).isEqualTo(24992 + 29900);
        BillingDay last = days.get(19);
        assertThat(last.cancellations()).isEqualTo(1);
        assertThat(last.activeSubscribers()).isEqualTo(1);
        assertThat(last.monthlyRevenue()).isEqualTo(29900);
    }

    private void subscription(String status, String plan, String trialStart, String trialEnd, String endedAt, String createdAt) {
        jdbc.sql("""
                INSERT INTO billing_subscription (id, account_id, provider, subscription_id, status, plan_key, trial_start,
                  trial_end, cancel_at_period_end, ended_at, created_at, last_synced_at)
                VALUES (:id, :account, 'local', :sub, :status, :plan, :ts, :te, FALSE, :ended, :created, :created)""")
                .param("id", UUID.randomUUID()).param("account", UUID.randomUUID()).param("sub", "sub_" + UUID.randomUUID())
                .param("status", status).param("plan", plan).param("ts", ts(trialStart)).param("te", ts(trialEnd))
                .param("ended", ts(endedAt)).param("created", ts(createdAt)).update();
    }

    private void checkout(String at) {
        jdbc.sql("""
                INSERT INTO billing_checkout (id, account_id, provider, plan_key, session_id, url, trial_offered, created_at)
                VALUES (:id, :account, 'local', 'monthly', :session, 'http://x', TRUE, :at)""")
                .param("id", UUID.randomUUID()).param("account", UUID.randomUUID()).param("session", "cs_" + UUID.randomUUID())
                .param("at", ts(at)).update();
    }

    private static Timestamp ts(String instant) {
        return instant == null ? null : Timestamp.from(Instant.parse(instant));
    }
}
