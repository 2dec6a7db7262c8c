package org.broadsheet.web.support;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Formats instants the way the paper prints them, in the publisher's zone: "Nov 27, 2026 08:24 PM IST". */
@Component("newsTimes")
public class NewsTimes {

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    public NewsTimes(SiteProperties site) {
        this.dateTime = DateTimeFormatter.ofPattern("MMM d, yyyy hh:mm a z", Locale.ENGLISH).withZone(site.timeZone());
        this.date = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH).withZone(site.timeZone());
    }

    /** Date and time with the zone's abbreviation; empty text for null. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** Date only; empty text for null. */
    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }
}
