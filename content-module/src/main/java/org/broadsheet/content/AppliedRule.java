package org.broadsheet.content;

import java.util.UUID;

/**
 * The rule that decided an access decision, as outputs name it. {@code id} is null for
 * {@link AccessRuleKind#VERIFIED_CRAWLER}, which is no stored rule.
 */
public record AppliedRule(UUID id, AccessRuleKind kind, String name) {
}
