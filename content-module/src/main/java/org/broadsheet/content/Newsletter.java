package org.broadsheet.content;

/**
 * A newsletter of the catalogue.
 *
 * @param key         what URLs and the API use, e.g. {@code morning-briefing}
 * @param schedule    when it goes out, in words for readers ("Every morning at 7:00")
 * @param sendCron    when it goes out, as a Spring cron expression in {@code broadsheet.time-zone}
 * @param sectionKey  the section its stories come from; null for stories from every section
 * @param active      whether it is offered and sent
 */
public record Newsletter(String key, String name, String description, String schedule, String sendCron,
        String sectionKey, int position, boolean active) {
}
