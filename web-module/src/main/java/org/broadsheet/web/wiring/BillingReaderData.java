package org.broadsheet.web.wiring;

import java.util.Map;
import java.util.UUID;

import org.broadsheet.billing.Entitlements;
import org.broadsheet.billing.Subscriptions;
import org.broadsheet.web.reader.AccountErasureStep;
import org.broadsheet.web.reader.ExportPart;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Billing's share of a reader's data export, and the first step of deleting an account: end a live subscription. */
@Configuration(proxyBeanMethods = false)
class BillingReaderData {

    @Bean
    @Order(20)
    ExportPart subscriptionExport(Subscriptions subscriptions, Entitlements entitlements) {
        return new ExportPart() {
            @Override
            public String key() {
                return "subscription";
            }

            @Override
            public Object exportFor(UUID accountId) {
                return Map.of(
                        "subscription", subscriptions.current(accountId),
                        "entitlement", entitlements.of(accountId));
            }
        };
    }

    @Bean
    @Order(AccountErasureStep.CANCEL_SUBSCRIPTION)
    AccountErasureStep cancelSubscription(Subscriptions subscriptions) {
        return subscriptions::cancelNow;
    }
}
