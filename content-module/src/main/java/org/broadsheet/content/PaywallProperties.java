package org.broadsheet.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code broadsheet.paywall}: free METERED articles a month for anonymous visitors and for signed-in readers
 * without an entitlement, and the visitor cookie signing key ({@code visitorKey} may be null or blank: a key
 * is then generated once and kept in the database).
 *
 * @param meterAnonymous  Free METERED articles a calendar month for a visitor who is not signed in
 *                        (PAYWALL_METER_ANONYMOUS); not negative.
 * @param meterRegistered Free METERED articles a calendar month for a signed-in reader without a subscription
 *                        (PAYWALL_METER_REGISTERED); not negative.
 * @param visitorKey      HMAC key that signs the anonymous visitor cookie (BROADSHEET_PAYWALL_VISITOR_KEY); when
 *                        unset, a random key is generated once and kept in the database for every instance.
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
