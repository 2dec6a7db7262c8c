package org.broadsheet.web.billing;

import java.util.List;

import org.broadsheet.billing.Plans;
import org.springframework.stereotype.Component;

/** The plans as other pages offer them (the paywall box): name, price and period, formatted like the subscribe page. */
@Component
public class PlanOffers {

    /** One plan on offer: {@code price} formatted with its currency, {@code per} the billing interval ("month"). */
    public record Offer(String key, String name, String price, String per, int trialDays) {
    }

    private final List<Offer> all;

    PlanOffers(Plans plans, BillingPageModels models) {
        // the plans come from configuration: format them once, not on every paywall
        this.all = plans.all().stream()
                .map(models::card)
                .map(card -> new Offer(card.key(), card.name(), card.price(), card.per(), card.trialDays()))
                .toList();
    }

    /** Every plan, monthly first; never empty. */
    public List<Offer> all() {
        return all;
    }
}
