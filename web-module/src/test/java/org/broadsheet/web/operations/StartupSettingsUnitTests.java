package org.broadsheet.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class StartupSettingsUnitTests {

    @Test
    void turnsMailHealthOnWhenAnSmtpHostIsSet() {
        assertThat(mailHealthWith(Map.of("spring.mail.host", "smtp.example.com"))).isEqualTo("true");
    }

    @Test
    void keepsMailHealthOffWithoutAnSmtpHost() {
        assertThat(mailHealthWith(Map.of())).isEqualTo("false");
    }

    @Test
    void leavesAnExplicitMailHealthSettingAlone() {
        assertThat(mailHealthWith(Map.of("spring.mail.host", "smtp.example.com", StartupSettings.MAIL_HEALTH, "false")))
                .isEqualTo("false");
    }

    @Test
    void acceptsTheDefaults() {
        assertThat(mailHealthWith(Map.of("broadsheet.base-url", "https://news.example.com/", "broadsheet.time-zone", "Europe/London",
                "broadsheet.paywall.meter-anonymous", "0", "server.port", "8080"))).isEqualTo("false");
    }

    private static String mailHealthWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new StartupSettings().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty(StartupSettings.MAIL_HEALTH);
    }
}
