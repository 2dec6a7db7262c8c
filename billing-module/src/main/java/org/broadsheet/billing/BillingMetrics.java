package org.broadsheet.billing;

import java.time.LocalDate;
import java.util.List;

/** Daily billing figures for the staff dashboard, counted from billing's own records. */
public interface BillingMetrics {

    /** One entry per day from {@code from} to {@code to} inclusive (days in the publisher's time zone), oldest first. */
    List<BillingDay> daily(LocalDate from, LocalDate to);
}
