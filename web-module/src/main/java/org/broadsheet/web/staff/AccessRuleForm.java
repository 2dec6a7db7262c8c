package org.broadsheet.web.staff;

/**
 * An access rule as the staff API and the console send it. Levels and kinds are enum names; {@code startsAt} and
 * {@code endsAt} are local date-times in the publisher's time zone ({@code 2026-12-05T00:00}); {@code reason} is
 * what the audit records. Any field may be null; the desk says which are missing.
 */
record AccessRuleForm(String kind, String name, String section, String topic, String article, String level,
                      String levelBefore, Integer days, Boolean counted, Integer anonymousLimit,
                      Integer registeredLimit, String startsAt, String endsAt, String reason) {
}
