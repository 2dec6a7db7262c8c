package org.broadsheet.content;

import java.time.LocalDateTime;

/**
 * An access rule as an editor writes it (see {@link AccessRule} for which fields each kind uses). {@code startsAt}
 * and {@code endsAt} are local times in {@code broadsheet.time-zone}; fields a kind does not use may be null and
 * are ignored.
 */
public record AccessRuleDraft(AccessRuleKind kind, String name, String section, String topic, String article,
        AccessLevel level, AccessLevel levelBefore, Integer days, Boolean counted, Integer anonymousLimit,
        Integer registeredLimit, LocalDateTime startsAt, LocalDateTime endsAt) {
}
