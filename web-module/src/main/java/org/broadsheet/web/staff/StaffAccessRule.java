package org.broadsheet.web.staff;

import java.time.Instant;
import java.util.UUID;

import org.broadsheet.content.AccessRule;

/**
 * An access rule as staff see it: its fields, {@code description} in words, and for a campaign the link to hand
 * out ({@code campaignUrl}, else null).
 */
record StaffAccessRule(UUID id, String kind, String name, String section, String topic, String article, String level,
                       String levelBefore, Integer days, Boolean counted, Integer anonymousLimit,
                       Integer registeredLimit, Instant startsAt, Instant endsAt, String description,
                       String campaignUrl, Instant updatedAt) {

    static StaffAccessRule of(AccessRule rule, String description, String campaignUrl) {
        return new StaffAccessRule(rule.id(), rule.kind().name(), rule.name(), rule.section(), rule.topic(),
                rule.article(), rule.level() == null ? null : rule.level().name(),
                rule.levelBefore() == null ? null : rule.levelBefore().name(), rule.days(), rule.counted(),
                rule.anonymousLimit(), rule.registeredLimit(), rule.startsAt(), rule.endsAt(), description,
                campaignUrl, rule.updatedAt());
    }
}
