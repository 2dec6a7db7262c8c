package org.broadsheet.content;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The publisher settings content needs: {@code broadsheet.time-zone} (meter months) and
 * {@code broadsheet.demo-data} (seed the demo newsroom into an empty database).
 *
 * @param timeZone The publisher's time zone (BROADSHEET_TIME_ZONE): meter months are its calendar months, and
 *                 dates and "until" days are shown in it.
 * @param demoData Whether to seed demo sections, topics, authors and about 30 articles of every access level
 *                 when the database has no articles (BROADSHEET_DEMO_DATA).
 */
@ConfigurationProperties("broadsheet")
public record ContentProperties(@DefaultValue("Asia/Kolkata") ZoneId timeZone, @DefaultValue("true") boolean demoData) {
}
