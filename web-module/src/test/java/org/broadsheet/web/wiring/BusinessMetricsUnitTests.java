package org.broadsheet.web.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.broadsheet.billing.CheckoutOpened;
import org.broadsheet.billing.SubscriptionsReconciled;
import org.broadsheet.billing.TrialConverted;
import org.broadsheet.billing.TrialStarted;
import org.broadsheet.billing.WebhookBacklog;
import org.broadsheet.billing.WebhookEventFailed;
import org.broadsheet.billing.WebhookEventReceived;
import org.broadsheet.content.AccessReason;
import org.broadsheet.content.ArticleDenied;
import org.junit.jupiter.api.Test;

class BusinessMetricsUnitTests {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private WebhookBacklog.Snapshot backlog = new WebhookBacklog.Snapshot(0, 0, 0, null);
    private final BusinessMetrics metrics = new BusinessMetrics(registry, () -> backlog);

    @Test
    void countsEveryPaywallAndSeparatelyTheExhaustedMeter() {
        metrics.on(new ArticleDenied(UUID.randomUUID(), "a", AccessReason.SUBSCRIPTION_REQUIRED, null, NOW));
        metrics.on(new ArticleDenied(UUID.randomUUID(), "b", AccessReason.METER_EXHAUSTED, null, NOW));

        assertThat(count("broadsheet.paywall.shown")).isEqualTo(2);
        assertThat(count("broadsheet.meter.exhausted")).isEqualTo(1);
    }

    @Test
    void countsTheSubscriptionFunnel() {
        UUID account = UUID.randomUUID();
        metrics.on(new CheckoutOpened(account, "monthly", true, NOW));
        metrics.on(new TrialStarted(account, "sub_1", NOW.plusSeconds(86400), NOW, "trial-started:sub_1"));
        metrics.on(new TrialConverted(account, "sub_1", "monthly", NOW, "trial-converted:sub_1"));

        assertThat(count("broadsheet.checkouts.started")).isEqualTo(1);
        assertThat(count("broadsheet.trials.started")).isEqualTo(1);
        assertThat(count("broadsheet.conversions")).isEqualTo(1);
    }

    @Test
    void countsWebhookOutcomesFailuresAndReconciliationFixes() {
        metrics.on(new WebhookEventReceived("evt_1", "invoice.paid", false, NOW));
        metrics.on(new WebhookEventReceived("evt_1", "invoice.paid", true, NOW));
        metrics.on(new WebhookEventFailed("evt_1", "invoice.paid", 1, false, NOW));
        metrics.on(new SubscriptionsReconciled(10, 2, 0, NOW));
        metrics.on(new SubscriptionsReconciled(0, 0, 3, NOW));

        assertThat(registry.get("broadsheet.webhook.events.received").tag("outcome", "stored").counter().count()).isEqualTo(1);
        assertThat(registry.get("broadsheet.webhook.events.received").tag("outcome", "duplicate").counter().count()).isEqualTo(1);
        assertThat(count("broadsheet.webhook.events.failed")).isEqualTo(1);
        assertThat(count("broadsheet.reconciliation.fixes")).isEqualTo(5);
    }

    @Test
    void reportsTheAgeOfTheOldestWaitingWebhookAsLag() {
        backlog = new WebhookBacklog.Snapshot(3, 1, 0, Instant.now().minusSeconds(120));

        double lag = registry.get("broadsheet.webhook.lag").gauge().value();

        assertThat(lag).isBetween(119.0, 600.0);
        assertThat(registry.get("broadsheet.webhook.events.waiting").gauge().value()).isEqualTo(3);
    }

    private double count(String name) {
        return registry.get(name).counter().count();
    }
}
