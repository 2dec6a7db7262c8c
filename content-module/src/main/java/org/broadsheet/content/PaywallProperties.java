package org.broadsheet.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code broadsheet.paywall}: free METERED articles a month for anonymous visitors and for signed-in readers
 * without an entitlement, and the visitor cookie signing key ({@code visitorKey} may be null or blank: a key
 * is then generated once and kept in the database).
 */
@ConfigurationProperties("broadsheet.paywall")
public record PaywallProperties(@DefaultValue("3") int meterAnonymous, @DefaultValue("5") int meterRegistered,
        String visitorKey) {

    public PaywallProperties {
        if (meterAnonymous < 0) {
            throw new IllegalArgumentException("broadsheet.paywall.meter-anonymous (PAYWALL_METER_ANONYMOUS) must not be negative");
        }
        if (meterRegistered < 0) {
            throw new IllegalArgumentException("broadsheet.paywall.meter-registered (PAYWALL_METER_REGISTERED) must not be negative");
        }
    }
}
