package org.broadsheet.billing;

import java.time.LocalDate;

/**
 * Billing's figures for one day in the publisher's time zone.
 *
 * @param checkoutsStarted   checkouts started that day
 * @param trialsStarted      subscriptions that began with a trial that day
 * @param trialsConverted    trials whose first paid period began that day
 * @param firstPayments      subscriptions whose first paid period began that day (converted trials included)
 * @param cancellations      subscriptions that ended that day
 * @param activeSubscribers  paying subscriptions at the end of the day
 * @param monthlyRevenue     monthly recurring revenue at the end of the day, in minor units (annual plans count a twelfth)
 */
public record BillingDay(LocalDate date, long checkoutsStarted, long trialsStarted, long trialsConverted,
                         long firstPayments, long cancellations, long activeSubscribers, long monthlyRevenue) {
}
