package org.broadsheet.content;

import java.time.Instant;
import java.util.UUID;

/**
 * An access rule as editors see it. Which fields matter depends on {@code kind}; the others are null:
 * <ul>
 * <li>{@code SECTION_DEFAULT}: {@code section}, {@code level}</li>
 * <li>{@code TOPIC_DEFAULT}: {@code topic}, {@code level}</li>
 * <li>{@code ARTICLE_PIN}: {@code article} (slug), {@code level}</li>
 * <li>{@code TIME}: {@code section} or {@code topic} or neither (whole site), {@code days}, {@code level} (from
 * {@code days} calendar days after publication; may be null) and {@code levelBefore} (until then; may be null)</li>
 * <li>{@code METER}: {@code section}, {@code counted}, {@code anonymousLimit} and {@code registeredLimit} (null =
 * the site's limit)</li>
 * <li>{@code PROMOTION}: {@code section} (null = whole site), {@code startsAt} inclusive, {@code endsAt} exclusive</li>
 * <li>{@code CAMPAIGN}: {@code article} (slug), {@code endsAt} (the links' expiry)</li>
 * </ul>
 */
public record AccessRule(UUID id, AccessRuleKind kind, String name, String section, String topic, String article,
        AccessLevel level, AccessLevel levelBefore, Integer days, Boolean counted, Integer anonymousLimit,
        Integer registeredLimit, Instant startsAt, Instant endsAt, Instant createdAt, Instant updatedAt) {

    /** How a decision names this rule. */
    public AppliedRule applied() {
        return new AppliedRule(id, kind, name);
    }
}
