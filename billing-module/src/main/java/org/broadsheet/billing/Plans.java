package org.broadsheet.billing;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The plans on offer, from configuration. */
@Component
public class Plans {

    public static final String MONTHLY = "monthly";
    public static final String ANNUAL = "annual";

    private final List<Plan> all;

    public Plans(BillingProperties properties) {
        this.all = List.of(
                plan(MONTHLY, properties.plans().monthly(), 29900, "month", properties.trialDays()),
                plan(ANNUAL, properties.plans().annual(), 299900, "year", properties.trialDays()));
    }

    private static Plan plan(String key, BillingProperties.PlanPrice price, long amount, String interval, int trialDays) {
        return new Plan(key,
                price.amount() != null ? price.amount() : amount,
                price.currency() != null ? price.currency() : "inr",
                price.interval() != null ? price.interval() : interval,
                trialDays);
    }

    /** Every plan, monthly first; never empty. */
    public List<Plan> all() {
        return all;
    }

    /** The plan with this key; empty for an unknown or null key. */
    public Optional<Plan> find(String key) {
        return all.stream().filter(plan -> plan.key().equals(key)).findFirst();
    }

    /** The plan with this key. @throws UnknownPlan when there is none */
    public Plan get(String key) {
        return find(key).orElseThrow(() -> new UnknownPlan(key));
    }
}
