package org.broadsheet.web.operations;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.broadsheet.BroadsheetApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Start-up refuses bad settings with a message naming the environment variable to fix. */
class StartupSettingsIntegrationTests {

    @Test
    void refusesANegativeAnonymousMeter() {
        assertThatThrownBy(() -> start("--broadsheet.paywall.meter-anonymous=-1"))
                .hasMessageContaining("PAYWALL_METER_ANONYMOUS").hasMessageContaining("-1");
    }

    @Test
    void refusesAnUnknownTimeZone() {
        assertThatThrownBy(() -> start("--broadsheet.time-zone=Mars/Olympus_Mons"))
                .hasMessageContaining("BROADSHEET_TIME_ZONE").hasMessageContaining("Mars/Olympus_Mons");
    }

    @Test
    void refusesABaseUrlThatIsNotAUrl() {
        assertThatThrownBy(() -> start("--broadsheet.base-url=news.example.com"))
                .hasMessageContaining("BROADSHEET_BASE_URL");
    }

    @Test
    void namesEveryBadSettingAtOnce() {
        assertThatThrownBy(() -> start("--broadsheet.paywall.meter-registered=many", "--broadsheet.billing.provider=paypal"))
                .isInstanceOf(InvalidSettings.class)
                .hasMessageContaining("PAYWALL_METER_REGISTERED").hasMessageContaining("BILLING_PROVIDER");
    }

    private static void start(String... args) {
        new SpringApplicationBuilder(BroadsheetApplication.class).run(args).close();
    }
}
