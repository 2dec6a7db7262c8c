package org.broadsheet.web.operations;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Checks the contract's settings before anything starts, so a bad value stops start-up with a message naming
 * the environment variable to fix; and turns the mail health check on only when an SMTP server is configured
 * ({@code SPRING_MAIL_HOST}), unless {@code management.health.mail.enabled} says otherwise.
 */
public class StartupSettings implements EnvironmentPostProcessor, Ordered {

    static final String MAIL_HEALTH = "management.health.mail.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> problems = new ArrayList<>();
        wholeNumber(environment, "PORT", "server.port", 0, 65535, problems);
        wholeNumber(environment, "PAYWALL_METER_ANONYMOUS", "broadsheet.paywall.meter-anonymous", 0, Integer.MAX_VALUE, problems);
        wholeNumber(environment, "PAYWALL_METER_REGISTERED", "broadsheet.paywall.meter-registered", 0, Integer.MAX_VALUE, problems);
        wholeNumber(environment, "TRIAL_DAYS", "broadsheet.billing.trial-days", 0, 730, problems);
        wholeNumber(environment, "BILLING_GRACE_DAYS", "broadsheet.billing.grace-days", 0, 365, problems);
        timeZone(environment, problems);
        baseUrl(environment, problems);
        oneOf(environment, "BILLING_PROVIDER", "broadsheet.billing.provider", Set.of("local", "stripe"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidSettings(problems);
        }
        if (!environment.containsProperty(MAIL_HEALTH)) {
            boolean smtp = StringUtils.hasText(environment.getProperty("spring.mail.host"));
            environment.getPropertySources().addLast(new MapPropertySource("broadsheetMailHealth", Map.of(MAIL_HEALTH, smtp)));
        }
    }

    @Override
    public int getOrder() {
        // after the application's own configuration files are loaded
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static void wholeNumber(ConfigurableEnvironment environment, String variable, String property, int min,
                                    int max, List<String> problems) {
        String value = value(environment, property);
        if (value == null) {
            return;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                problems.add(describe(variable, property, value, "a whole number from " + min
                        + (max == Integer.MAX_VALUE ? " up" : " to " + max)));
            }
        } catch (NumberFormatException e) {
            problems.add(describe(variable, property, value, "a whole number"));
        }
    }

    private static void timeZone(ConfigurableEnvironment environment, List<String> problems) {
        String value = value(environment, "broadsheet.time-zone");
        if (value == null) {
            return;
        }
        try {
            ZoneId.of(value.trim());
        } catch (DateTimeException e) {
            problems.add(describe("BROADSHEET_TIME_ZONE", "broadsheet.time-zone", value,
                    "a time zone id such as Asia/Kolkata or Europe/London"));
        }
    }

    private static void baseUrl(ConfigurableEnvironment environment, List<String> problems) {
        String value = value(environment, "broadsheet.base-url");
        if (value == null) {
            return;
        }
        boolean valid;
        try {
            URI uri = new URI(value.trim());
            valid = ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && StringUtils.hasText(uri.getHost()) && uri.getQuery() == null && uri.getFragment() == null;
        } catch (Exception e) {
            valid = false;
        }
        if (!valid) {
            problems.add(describe("BROADSHEET_BASE_URL", "broadsheet.base-url", value,
                    "an absolute http(s) URL such as https://news.example.com"));
        }
    }

    private static void oneOf(ConfigurableEnvironment environment, String variable, String property, Set<String> allowed,
                              List<String> problems) {
        String value = value(environment, property);
        if (value != null && !allowed.contains(value.trim().toLowerCase())) {
            problems.add(describe(variable, property, value, "one of " + String.join(", ", allowed.stream().sorted().toList())));
        }
    }

    private static String value(ConfigurableEnvironment environment, String property) {
        String value;
        try {
            value = environment.getProperty(property);
        } catch (IllegalArgumentException unresolvable) {
            return null;
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static String describe(String variable, String property, String value, String expected) {
        return variable + " (" + property + ") must be " + expected + ", but is '" + value + "'";
    }
}
