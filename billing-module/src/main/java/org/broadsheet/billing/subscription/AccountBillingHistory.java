package org.broadsheet.billing.subscription;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.broadsheet.billing.AccountBilling;
import org.broadsheet.billing.BillingHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads an account's billing rows for the staff console. */
@Service
class AccountBillingHistory implements BillingHistory {

    private final JdbcClient jdbc;

    AccountBillingHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AccountBilling of(UUID accountId) {
        record Customer(String provider, String customerId) {
        }
        Customer customer = jdbc.sql("SELECT provider, customer_id FROM billing_customer WHERE account_id = :a")
                .param("a", accountId).query((rs, n) -> new Customer(rs.getString(1), rs.getString(2)))
                .optional().orElse(new Customer(null, null));
        List<AccountBilling.SubscriptionEntry> subscriptions = jdbc.sql("""
                SELECT subscription_id, customer_id, provider, status, plan_key, trial_start, trial_end, current_period_end,
                       cancel_at_period_end, past_due_since, ended_at, created_at
                FROM billing_subscription WHERE account_id = :a ORDER BY created_at DESC""")
                .param("a", accountId)
                .query((rs, n) -> new AccountBilling.SubscriptionEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8)), rs.getBoolean(9), instant(rs.getTimestamp(10)),
                        instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12))))
                .list();
        List<AccountBilling.CompGrant> comps = jdbc.sql("""
                SELECT until_date, reason, granted_by, granted_at FROM billing_comp WHERE account_id = :a
                ORDER BY granted_at DESC""")
                .param("a", accountId)
                .query((rs, n) -> new AccountBilling.CompGrant(((Date) rs.getDate(1)).toLocalDate(), rs.getString(2),
                        rs.getString(3), instant(rs.getTimestamp(4))))
                .list();
        List<AccountBilling.CheckoutEntry> checkouts = jdbc.sql("""
                SELECT plan_key, trial_offered, subscription_id, created_at FROM billing_checkout WHERE account_id = :a
                ORDER BY created_at DESC""")
                .param("a", accountId)
                .query((rs, n) -> new AccountBilling.CheckoutEntry(rs.getString(1), rs.getBoolean(2), rs.getString(3),
                        instant(rs.getTimestamp(4))))
                .list();
        String provider = customer.provider() != null ? customer.provider()
                : subscriptions.stream().map(AccountBilling.SubscriptionEntry::provider).findFirst().orElse(null);
        return new AccountBilling(provider, customer.customerId(), subscriptions, comps, checkouts);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
