package org.broadsheet.web.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.AccessPreview;
import org.broadsheet.content.AccessRule;
import org.broadsheet.content.AccessRuleDraft;
import org.broadsheet.content.AccessRuleKind;
import org.broadsheet.content.AccessRuleRejected;
import org.broadsheet.content.AccessRules;
import org.broadsheet.content.ContentProperties;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.stereotype.Component;

/** What editors do with access rules, for the console and the staff API alike: every change audited with a reason. */
@Component
class AccessRuleDesk {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AccessRules rules;
    private final StaffAudit audit;
    private final SiteProperties site;
    private final ContentProperties content;

    AccessRuleDesk(AccessRules rules, StaffAudit audit, SiteProperties site, ContentProperties content) {
        this.rules = rules;
        this.audit = audit;
        this.site = site;
        this.content = content;
    }

    List<String> precedence() {
        return rules.precedence();
    }

    List<StaffAccessRule> list() {
        return rules.list().stream().map(this::view).toList();
    }

    Optional<StaffAccessRule> find(UUID id) {
        return rules.find(id).map(this::view);
    }

    StaffAccessRule create(StaffActor actor, AccessRuleForm form) {
        String reason = reason(form);
        AccessRule created = save(() -> rules.create(draft(form)));
        audit.record(actor, "access-rule-create", null, reason, null, summary(created), Map.of("ruleId", created.id()));
        return view(created);
    }

    StaffAccessRule update(StaffActor actor, UUID id, AccessRuleForm form) {
        AccessRule before = rules.find(id).orElseThrow(() -> new StaffExceptions.UnknownRule(id));
        String reason = reason(form);
        AccessRule after = save(() -> rules.update(id, draft(form)).orElseThrow(() -> new StaffExceptions.UnknownRule(id)));
        audit.record(actor, "access-rule-update", null, reason, summary(before), summary(after), Map.of("ruleId", id));
        return view(after);
    }

    StaffAccessRule delete(StaffActor actor, UUID id, String reason) {
        AccessRule before = rules.find(id).orElseThrow(() -> new StaffExceptions.UnknownRule(id));
        String why = reason(reason);
        rules.delete(id);
        audit.record(actor, "access-rule-delete", null, why, summary(before), null, Map.of("ruleId", id));
        return view(before);
    }

    /**
     * The preview of the decision; {@code reader} is ANONYMOUS, REGISTERED or SUBSCRIBER; {@code at} a local date
     * (noon that day) or date-time in the publisher's zone, blank for now.
     */
    Optional<AccessPreview> preview(String slug, String reader, String at) {
        List<StaffExceptions.Problem> problems = new ArrayList<>();
        AccessPreview.PreviewReader who = enumOf(AccessPreview.PreviewReader.class, reader, "reader", problems);
        if (who == null && problems.isEmpty()) {
            who = AccessPreview.PreviewReader.ANONYMOUS;
        }
        Instant when = null;
        if (at != null && !at.isBlank()) {
            LocalDateTime local = localDateTime(at, "at", problems);
            when = local == null ? null : local.atZone(content.timeZone()).toInstant();
        }
        if (slug == null || slug.isBlank()) {
            problems.add(new StaffExceptions.Problem("slug", "must name an article"));
        }
        if (!problems.isEmpty()) {
            throw new StaffExceptions.InvalidInput(problems);
        }
        return rules.preview(slug.trim(), who, when);
    }

    String shown(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(content.timeZone()));
    }

    String local(Instant instant) {
        return instant == null ? "" : instant.atZone(content.timeZone()).toLocalDateTime().toString();
    }

    private StaffAccessRule view(AccessRule rule) {
        String campaignUrl = rule.kind() == AccessRuleKind.CAMPAIGN ? rules.campaignToken(rule.id())
                .map(token -> site.absolute("/article/" + rule.article() + "?campaign=" + token)).orElse(null) : null;
        return StaffAccessRule.of(rule, describe(rule), campaignUrl);
    }

    /** The rule in one line, as the console lists it. */
    String describe(AccessRule rule) {
        String zone = content.timeZone().getId();
        return switch (rule.kind()) {
            case SECTION_DEFAULT -> "Section " + rule.section() + ": " + rule.level();
            case TOPIC_DEFAULT -> "Topic " + rule.topic() + ": " + rule.level();
            case ARTICLE_PIN -> "Article " + rule.article() + " pinned at " + rule.level();
            case TIME -> (rule.section() != null ? "Section " + rule.section() : rule.topic() != null
                    ? "Topic " + rule.topic() : "Every article") + ": "
                    + (rule.levelBefore() == null ? "" : rule.levelBefore() + " for the first " + rule.days() + " days")
                    + (rule.levelBefore() != null && rule.level() != null ? ", then " : "")
                    + (rule.level() == null ? "" : rule.level() + " from day " + rule.days() + " after publication");
            case METER -> "Section " + rule.section() + ": " + (Boolean.FALSE.equals(rule.counted())
                    ? "does not count against the meter"
                    : "meter limit " + limit(rule.anonymousLimit()) + " anonymous, " + limit(rule.registeredLimit())
                    + " registered");
            case PROMOTION -> (rule.section() == null ? "The whole site" : "Section " + rule.section()) + " free from "
                    + shown(rule.startsAt()) + " to " + shown(rule.endsAt()) + " (" + zone + ")";
            case CAMPAIGN -> "Campaign links open " + rule.article() + " until " + shown(rule.endsAt()) + " (" + zone + ")";
            case VERIFIED_CRAWLER -> "Verified search crawlers";
        };
    }

    private static String limit(Integer limit) {
        return limit == null ? "as the site" : String.valueOf(limit);
    }

    private Map<String, Object> summary(AccessRule rule) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", rule.id());
        summary.put("kind", rule.kind().name());
        summary.put("name", rule.name());
        summary.put("description", describe(rule));
        return summary;
    }

    private static <T> T save(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (AccessRuleRejected rejected) {
            throw new StaffExceptions.InvalidInput(List.of(new StaffExceptions.Problem(
                    rejected.field() == null ? "rule" : rejected.field(), rejected.getMessage())));
        }
    }

    private static String reason(AccessRuleForm form) {
        return reason(form == null ? null : form.reason());
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new StaffExceptions.InvalidInput(List.of(new StaffExceptions.Problem("reason", "must not be empty")));
        }
        return reason.trim();
    }

    private AccessRuleDraft draft(AccessRuleForm form) {
        List<StaffExceptions.Problem> problems = new ArrayList<>();
        AccessRuleKind kind = enumOf(AccessRuleKind.class, form.kind(), "kind", problems);
        AccessLevel level = enumOf(AccessLevel.class, form.level(), "level", problems);
        AccessLevel before = enumOf(AccessLevel.class, form.levelBefore(), "levelBefore", problems);
        LocalDateTime startsAt = localDateTime(form.startsAt(), "startsAt", problems);
        LocalDateTime endsAt = localDateTime(form.endsAt(), "endsAt", problems);
        if (!problems.isEmpty()) {
            throw new StaffExceptions.InvalidInput(problems);
        }
        return new AccessRuleDraft(kind, form.name(), form.section(), form.topic(), form.article(), level, before,
                form.days(), form.counted(), form.anonymousLimit(), form.registeredLimit(), startsAt, endsAt);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field,
                                                List<StaffExceptions.Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException unknown) {
            problems.add(new StaffExceptions.Problem(field, "is not one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static LocalDateTime localDateTime(String value, String field, List<StaffExceptions.Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            return trimmed.length() == 10 ? LocalDate.parse(trimmed).atTime(LocalTime.NOON) : LocalDateTime.parse(trimmed);
        } catch (DateTimeParseException bad) {
            problems.add(new StaffExceptions.Problem(field, "must be a local date-time such as 2026-12-05T00:00"));
            return null;
        }
    }
}
