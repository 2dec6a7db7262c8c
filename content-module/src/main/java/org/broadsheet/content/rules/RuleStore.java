package org.broadsheet.content.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.broadsheet.content.AccessLevel;
import org.broadsheet.content.AccessRule;
import org.broadsheet.content.AccessRuleKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The access rule rows and the version number every change raises. */
@Component
public class RuleStore {

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AccessRule> all() {
        return jdbc.sql("SELECT * FROM access_rules ORDER BY name, id").query((rs, n) -> rule(rs)).list();
    }

    public Optional<AccessRule> find(UUID id) {
        return jdbc.sql("SELECT * FROM access_rules WHERE id = ?").param(id).query((rs, n) -> rule(rs)).optional();
    }

    public long version() {
        return jdbc.sql("SELECT rules_version FROM access_rule_versions WHERE id = 1").query(Long.class).single();
    }

    /** Inserts or replaces the rule (by id) and raises the version; call inside a transaction. */
    public void save(AccessRule rule) {
        int updated = jdbc.sql("""
                UPDATE access_rules SET kind = :kind, name = :name, section_key = :section, topic_key = :topic,
                article_slug = :article, access_level = :level, level_before = :before, days = :days,
                counted = :counted, anonymous_limit = :anonymous, registered_limit = :registered,
                starts_at = :starts, ends_at = :ends, updated_at = :updated WHERE id = :id""")
                .params(params(rule)).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO access_rules (id, kind, name, section_key, topic_key, article_slug, access_level,
                    level_before, days, counted, anonymous_limit, registered_limit, starts_at, ends_at, created_at,
                    updated_at) VALUES (:id, :kind, :name, :section, :topic, :article, :level, :before, :days,
                    :counted, :anonymous, :registered, :starts, :ends, :created, :updated)""")
                    .params(params(rule)).update();
        }
        bump();
    }

    /** Deletes the rule and raises the version; false when there was none. */
    public boolean delete(UUID id) {
        boolean deleted = jdbc.sql("DELETE FROM access_rules WHERE id = ?").param(id).update() == 1;
        if (deleted) {
            bump();
        }
        return deleted;
    }

    private void bump() {
        jdbc.sql("UPDATE access_rule_versions SET rules_version = rules_version + 1 WHERE id = 1").update();
    }

    private static java.util.Map<String, Object> params(AccessRule rule) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", rule.id());
        params.put("kind", rule.kind().name());
        params.put("name", rule.name());
        params.put("section", rule.section());
        params.put("topic", rule.topic());
        params.put("article", rule.article());
        params.put("level", rule.level() == null ? null : rule.level().name());
        params.put("before", rule.levelBefore() == null ? null : rule.levelBefore().name());
        params.put("days", rule.days());
        params.put("counted", rule.counted());
        params.put("anonymous", rule.anonymousLimit());
        params.put("registered", rule.registeredLimit());
        params.put("starts", sql(rule.startsAt()));
        params.put("ends", sql(rule.endsAt()));
        params.put("created", sql(rule.createdAt()));
        params.put("updated", sql(rule.updatedAt()));
        return params;
    }

    private static AccessRule rule(ResultSet rs) throws SQLException {
        return new AccessRule(rs.getObject("id", UUID.class), AccessRuleKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("section_key"), rs.getString("topic_key"),
                rs.getString("article_slug"), level(rs.getString("access_level")), level(rs.getString("level_before")),
                integer(rs, "days"), bool(rs, "counted"), integer(rs, "anonymous_limit"),
                integer(rs, "registered_limit"), instant(rs, "starts_at"), instant(rs, "ends_at"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static AccessLevel level(String value) {
        return value == null ? null : AccessLevel.valueOf(value);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static OffsetDateTime sql(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
