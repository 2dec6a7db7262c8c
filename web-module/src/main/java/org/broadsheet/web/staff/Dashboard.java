package org.broadsheet.web.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.broadsheet.billing.BillingDay;
import org.broadsheet.billing.BillingMetrics;
import org.broadsheet.billing.Plans;
import org.broadsheet.web.support.DailyCounts;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's home: the business at a glance, as server-drawn charts with their numbers beneath. */
@Controller
class Dashboard {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private final BillingMetrics billing;
    private final DailyCounts counts;
    private final SiteProperties site;
    private final String currency;
    private final ObjectProvider<Clock> clocks;

    Dashboard(BillingMetrics billing, DailyCounts counts, SiteProperties site, Plans plans, ObjectProvider<Clock> clocks) {
        this.billing = billing;
        this.counts = counts;
        this.site = site;
        this.currency = plans.all().get(0).currency().toUpperCase(Locale.ROOT);
        this.clocks = clocks;
    }

    /** The funnel's steps over the whole period. */
    record FunnelStep(String label, long count, String share) {
    }

    @GetMapping({"/staff", "/staff/dashboard"})
    public String dashboard(@RequestParam(name = "days", defaultValue = "30") int days,
                            @RequestParam(name = "to", required = false) String to, Model model) {
        int span = Math.max(7, Math.min(days, 120));
        LocalDate last = parseOrToday(to);
        LocalDate first = last.minusDays(span - 1L);
        List<BillingDay> figures = billing.daily(first, last);
        Map<LocalDate, Long> paywalls = counts.between(DailyCounts.PAYWALL_SHOWN, first, last);
        Map<LocalDate, Long> exhausted = counts.between(DailyCounts.METER_EXHAUSTED, first, last);

        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("days", span);
        model.addAttribute("charts", List.of(
                Chart.bars("trials-started", "Trials started per day", "trials", series(figures, BillingDay::trialsStarted)),
                Chart.bars("trials-converted", "Trials converted per day", "conversions", series(figures, BillingDay::trialsConverted)),
                Chart.bars("cancellations", "Cancellations per day", "cancellations", series(figures, BillingDay::cancellations)),
                Chart.line("active-subscribers", "Active paying subscribers", "subscribers", series(figures, BillingDay::activeSubscribers)),
                Chart.line("mrr", "Monthly recurring revenue (" + currency + ")", currency, figures.stream()
                        .map(d -> new Chart.Point(DAY.format(d.date()), d.monthlyRevenue() / 100, money(d.monthlyRevenue()))).toList()),
                Chart.bars("meter-exhausted", "Meter exhaustion per day", "readers", figures.stream()
                        .map(d -> point(d.date(), exhausted.getOrDefault(d.date(), 0L))).toList())));
        long shown = paywalls.values().stream().mapToLong(Long::longValue).sum();
        long checkouts = figures.stream().mapToLong(BillingDay::checkoutsStarted).sum();
        long trials = figures.stream().mapToLong(BillingDay::trialsStarted).sum();
        long paid = figures.stream().mapToLong(BillingDay::firstPayments).sum();
        List<FunnelStep> funnel = List.of(step("Paywall shown", shown, shown), step("Checkout started", checkouts, shown),
                step("Trial started", trials, shown), step("Paid", paid, shown));
        model.addAttribute("funnel", funnel);
        model.addAttribute("funnelChart", Chart.steps("funnel-chart", "Funnel over the period", "count",
                funnel.stream().map(f -> new Chart.Point(f.label(), f.count(), Long.toString(f.count()))).toList()));
        return "staff/dashboard";
    }

    private LocalDate parseOrToday(String to) {
        LocalDate today = LocalDate.now(clocks.getIfAvailable(Clock::systemUTC).withZone(site.timeZone()));
        try {
            return to == null || to.isBlank() ? today : LocalDate.parse(to.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return today;
        }
    }

    private static List<Chart.Point> series(List<BillingDay> days, ToLongFunction<BillingDay> value) {
        return days.stream().map(d -> point(d.date(), value.applyAsLong(d))).toList();
    }

    private static Chart.Point point(LocalDate day, long value) {
        return new Chart.Point(DAY.format(day), value, Long.toString(value));
    }

    private static FunnelStep step(String label, long count, long top) {
        return new FunnelStep(label, count, top == 0 ? "—" : String.format(Locale.ENGLISH, "%.1f%%", 100.0 * count / top));
    }

    private static String money(long minor) {
        return String.format(Locale.ENGLISH, "%d.%02d", minor / 100, minor % 100);
    }
}
