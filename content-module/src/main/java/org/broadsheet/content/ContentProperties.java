package org.broadsheet.content;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The publisher settings content needs: {@code broadsheet.time-zone} (meter months) and
 * {@code broadsheet.demo-data} (seed the demo newsroom into an empty database).
 */
@ConfigurationProperties("broadsheet")
public record ContentProperties(@DefaultValue("Asia/Kolkata") ZoneId timeZone, @DefaultValue("true") boolean demoData) {
}
