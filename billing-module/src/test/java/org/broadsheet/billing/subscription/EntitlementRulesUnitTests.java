package org.broadsheet.billing.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.broadsheet.billing.Entitlement;
import org.broadsheet.billing.EntitlementSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntitlementRulesUnitTests {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final EntitlementRules rules = new EntitlementRules(7, ZoneId.of("Asia/Kolkata"));

    @Test
    void grantsTrialUntilTheTrialEnds() {
        Instant trialEnd = NOW.plus(Duration.ofDays(3));
        var trial = subscription("trialing", trialEnd, trialEnd, false, NOW);

        assertThat(rules.decide(List.of(trial), List.of(), NOW)).isEqualTo(new Entitlement(EntitlementSource.TRIAL, true, trialEnd));
        assertThat(rules.decide(List.of(trial), List.of(), trialEnd).active()).isFalse();
    }

    @Test
    void grantsSubscriptionUntilThePeriodEndAlsoWhenCancellingAtPeriodEnd() {
        Instant periodEnd = NOW.plus(Duration.ofDays(10));
        var cancelling = subscription("active", null, periodEnd, true, NOW);

        assertThat(rules.decide(List.of(cancelling), List.of(), NOW))
                .isEqualTo(new Entitlement(EntitlementSource.SUBSCRIPTION, true, periodEnd));
        assertThat(rules.decide(List.of(cancelling), List.of(), periodEnd.plusSeconds(1)).active()).isFalse();
    }

    @Test
    void grantsGraceForTheConfiguredDaysAfterTheFirstFailedPayment() {
        var pastDue = subscription("past_due", null, NOW.plus(Duration.ofDays(20)), false, NOW);

        assertThat(rules.decide(List.of(pastDue), List.of(), NOW.plus(Duration.ofDays(6))))
                .isEqualTo(new Entitlement(EntitlementSource.GRACE, true, NOW.plus(Duration.ofDays(7))));
        assertThat(rules.decide(List.of(pastDue), List.of(), NOW.plus(Duration.ofDays(7)))).isEqualTo(Entitlement.none());
    }

    @ParameterizedTest
    @ValueSource(strings = {"incomplete", "incomplete_expired", "unpaid", "paused", "canceled"})
    void grantsNothingForStatusesWithoutAccess(String status) {
        var subscription = subscription(status, null, NOW.plus(Duration.ofDays(20)), false, NOW);

        assertThat(rules.decide(List.of(subscription), List.of(), NOW)).isEqualTo(Entitlement.none());
    }

    @Test
    void grantsACompThroughTheEndOfItsDayInThePublishersTimeZone() {
        LocalDate until = LocalDate.of(2026, 11, 30);
        Instant endOfDayInKolkata = Instant.parse("2026-11-30T18:30:00Z");

        assertThat(rules.decide(List.of(), List.of(until), endOfDayInKolkata.minusSeconds(1)))
                .isEqualTo(new Entitlement(EntitlementSource.COMP, true, endOfDayInKolkata));
        assertThat(rules.decide(List.of(), List.of(until), endOfDayInKolkata)).isEqualTo(Entitlement.none());
    }

    @Test
    void letsTheLongerOfACompAndASubscriptionWin() {
        Instant periodEnd = NOW.plus(Duration.ofDays(5));
        var active = subscription("active", null, periodEnd, false, NOW);

        assertThat(rules.decide(List.of(active), List.of(LocalDate.of(2027, 1, 31)), NOW).source()).isEqualTo(EntitlementSource.COMP);
        assertThat(rules.decide(List.of(active), List.of(LocalDate.of(2026, 11, 29)), NOW).source())
                .isEqualTo(EntitlementSource.SUBSCRIPTION);
    }

    private static SubscriptionRecord subscription(String status, Instant trialEnd, Instant periodEnd, boolean cancelAtPeriodEnd,
                                                   Instant syncedAt) {
        var snapshot = new ProviderSubscription("sub_" + UUID.randomUUID(), "cus_1", status, "monthly",
                trialEnd == null ? null : trialEnd.minus(Duration.ofDays(14)), trialEnd, periodEnd, cancelAtPeriodEnd,
                null, null);
        var record = new SubscriptionRecord(UUID.randomUUID(), "stripe", snapshot, syncedAt);
        record.apply(snapshot, syncedAt);
        return record;
    }
}
