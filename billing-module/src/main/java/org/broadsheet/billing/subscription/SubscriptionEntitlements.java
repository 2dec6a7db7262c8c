package org.broadsheet.billing.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.broadsheet.billing.BillingProperties;
import org.broadsheet.billing.Entitlement;
import org.broadsheet.billing.Entitlements;
import org.broadsheet.billing.subscription.EntitlementRules.Terms;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Entitlements from the subscription rows and comps of an account, read in one plain SQL query: every article view
 * asks. Inside a transaction (a webhook, a staff action) the persistence context is flushed first, so the query
 * sees what that transaction changed.
 */
@Service
class SubscriptionEntitlements implements Entitlements {

    private static final String TERMS = "SELECT status, trial_end, current_period_end, cancel_at_period_end,"
            + " past_due_since, last_synced_at, NULL AS until_date FROM billing_subscription WHERE account_id = ?"
            + " UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, until_date FROM billing_comp WHERE account_id = ?";

    private final JdbcClient jdbc;
    private final SubscriptionRecords subscriptions;
    private final EntitlementRules rules;
    private final Clock clock;

    SubscriptionEntitlements(JdbcClient jdbc, SubscriptionRecords subscriptions, BillingProperties properties,
                             @Value("${broadsheet.time-zone:Asia/Kolkata}") ZoneId zone, Clock clock) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.rules = new EntitlementRules(properties.graceDays(), zone);
        this.clock = clock;
    }

    @Override
    public Entitlement of(UUID accountId) {
        if (accountId == null) {
            return Entitlement.none();
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            subscriptions.flush();
        }
        List<Terms> terms = new ArrayList<>(2);
        List<LocalDate> compsUntil = new ArrayList<>(1);
        jdbc.sql(TERMS).params(accountId, accountId).query(rs -> {
            String status = rs.getString(1);
            if (status != null) {
                terms.add(new Terms(status, instant(rs, 2), instant(rs, 3), rs.getBoolean(4), instant(rs, 5),
                        instant(rs, 6)));
            }
            else {
                compsUntil.add(rs.getObject(7, LocalDate.class));
            }
        });
        return rules.decideTerms(terms, compsUntil, clock.instant());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
