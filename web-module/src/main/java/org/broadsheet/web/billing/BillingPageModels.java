package org.broadsheet.web.billing;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import org.broadsheet.billing.Plan;
import org.broadsheet.billing.SubscriptionView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Turns plans and subscriptions into what the billing pages show: prices, dates in the publisher's zone, labels. */
@Component
class BillingPageModels {

    record PlanCard(String key, String name, String price, String per, int trialDays) {
    }

    record SubscriptionPage(String status, String statusLabel, String plan, String trialEnds, String renews,
                            boolean cancelAtPeriodEnd, boolean live, boolean trialing) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ZoneId zone;

    BillingPageModels(@Value("${broadsheet.time-zone:Asia/Kolkata}") ZoneId zone) {
        this.zone = zone;
    }

    PlanCard card(Plan plan) {
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("en-IN"));
        Currency currency = Currency.getInstance(plan.currency().toUpperCase(Locale.ROOT));
        money.setCurrency(currency);
        String price = money.format(plan.amount() / Math.pow(10, currency.getDefaultFractionDigits()));
        String name = "annual".equals(plan.key()) ? "Annual" : "Monthly";
        return new PlanCard(plan.key(), name, price, plan.interval(), plan.trialDays());
    }

    SubscriptionPage subscription(SubscriptionView view) {
        return new SubscriptionPage(view.status(), label(view), view.plan() == null ? null : ("annual".equals(view.plan()) ? "Annual" : "Monthly"),
                date(view.trialEndsAt()), date(view.currentPeriodEnd()), view.cancelAtPeriodEnd(), view.live(),
                "trialing".equals(view.status()));
    }

    String date(Instant instant) {
        return instant == null ? null : DATE.format(instant.atZone(zone));
    }

    private static String label(SubscriptionView view) {
        return switch (view.status()) {
            case "none" -> "No subscription";
            case "trialing" -> "Free trial";
            case "active" -> view.cancelAtPeriodEnd() ? "Active, ends at the end of the period" : "Active";
            case "past_due" -> "Payment overdue";
            case "unpaid" -> "Unpaid";
            case "paused" -> "Paused";
            case "canceled" -> "Cancelled";
            case "incomplete" -> "Awaiting payment";
            case "incomplete_expired" -> "Checkout expired";
            default -> view.status();
        };
    }
}
