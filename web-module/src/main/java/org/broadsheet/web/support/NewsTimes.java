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
    private final DateTimeFormatter masthead;

    public NewsTimes(SiteProperties site) {
        this.dateTime = DateTimeFormatter.ofPattern("MMM d, yyyy hh:mm a z", Locale.ENGLISH).withZone(site.timeZone());
        this.date = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH).withZone(site.timeZone());
        this.masthead = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH).withZone(site.timeZone());
    }

    /** Date and time with the zone's abbreviation; empty text for null. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** Date only; empty text for null. */
    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    /** Today's date in the publisher's zone as the masthead prints it: "Saturday, November 28, 2026". */
    public String today() {
        return masthead.format(Instant.now());
    }

    /** Today's date in the publisher's zone as ISO-8601, for a {@code <time datetime>} attribute. */
    public String todayIso() {
        return DateTimeFormatter.ISO_LOCAL_DATE.withZone(masthead.getZone()).format(Instant.now());
    }
}
