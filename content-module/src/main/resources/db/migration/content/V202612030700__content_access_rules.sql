-- Access rules editors manage (section and topic defaults, article pins, time and meter rules, promotions,
-- campaign links). Which columns a row uses depends on its kind; the others stay NULL.
CREATE TABLE access_rules (
    id               UUID                     PRIMARY KEY,
    kind             VARCHAR(24)              NOT NULL,
    name             VARCHAR(200)             NOT NULL,
    section_key      VARCHAR(64),
    topic_key        VARCHAR(64),
    article_slug     VARCHAR(200),
    access_level     VARCHAR(16),
    level_before     VARCHAR(16),
    days             INTEGER,
    counted          BOOLEAN,
    anonymous_limit  INTEGER,
    registered_limit INTEGER,
    starts_at        TIMESTAMP WITH TIME ZONE,
    ends_at          TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row whose number goes up with every change: each instance compares it every few seconds and reloads.
CREATE TABLE access_rule_versions (
    id            INTEGER PRIMARY KEY,
    rules_version BIGINT  NOT NULL
);
INSERT INTO access_rule_versions (id, rules_version) VALUES (1, 0);
