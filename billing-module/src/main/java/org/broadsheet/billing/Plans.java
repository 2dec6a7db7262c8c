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
        var monthly = properties.plans().monthly();
        var annual = properties.plans().annual();
        this.all = List.of(
                new Plan(MONTHLY, monthly.amount(), monthly.currency(), monthly.interval(), properties.trialDays()),
                new Plan(ANNUAL, annual.amount(), annual.currency(), annual.interval(), properties.trialDays()));
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
