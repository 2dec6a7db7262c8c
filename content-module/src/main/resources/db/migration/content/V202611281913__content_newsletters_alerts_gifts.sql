-- Newsletters: the catalogue editors manage, readers' choices, editions and one delivery row per reader.
CREATE TABLE newsletters (
    newsletter_key VARCHAR(64)  PRIMARY KEY,
    name           VARCHAR(120) NOT NULL,
    description    VARCHAR(500) NOT NULL,
    schedule       VARCHAR(120) NOT NULL,
    send_cron      VARCHAR(120) NOT NULL,
    section_key    VARCHAR(64),
    position       INTEGER      NOT NULL,
    active         BOOLEAN      NOT NULL
);

INSERT INTO newsletters (newsletter_key, name, description, schedule, send_cron, section_key, position, active) VALUES
    ('morning-briefing', 'Morning Briefing', 'The day''s essential stories and what to watch, before breakfast.',
     'Every morning at 7:00', '0 0 7 * * *', NULL, 1, TRUE),
    ('opinion', 'Opinion', 'Columns, editorials and argument from Broadsheet''s writers.',
     'Weekday evenings at 18:00', '0 0 18 * * MON-FRI', 'opinion', 2, TRUE),
    ('business', 'Business', 'Markets, companies and the economy, explained.',
     'Weekday mornings at 8:30', '0 30 8 * * MON-FRI', 'business', 3, TRUE),
    ('weekend-read', 'The Weekend Read', 'The week''s best long reads for a slower Saturday.',
     'Saturdays at 9:00', '0 0 9 * * SAT', NULL, 4, TRUE);

CREATE TABLE newsletter_choices (
    account_id     UUID                     NOT NULL,
    newsletter_key VARCHAR(64)              NOT NULL,
    chosen_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, newsletter_key)
);
CREATE INDEX newsletter_choices_key_ix ON newsletter_choices (newsletter_key);

CREATE TABLE newsletter_editions (
    id             UUID                     PRIMARY KEY,
    newsletter_key VARCHAR(64)              NOT NULL,
    slot           TIMESTAMP WITH TIME ZONE NOT NULL,
    article_slugs  TEXT                     NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT newsletter_editions_slot_uk UNIQUE (newsletter_key, slot)
);

CREATE TABLE newsletter_deliveries (
    edition_id UUID                     NOT NULL,
    account_id UUID                     NOT NULL,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (edition_id, account_id)
);
CREATE INDEX newsletter_deliveries_account_ix ON newsletter_deliveries (account_id);

-- Alerts: one row per reader and published article they follow something of; headline and summary only.
CREATE TABLE reader_alerts (
    id         UUID                     PRIMARY KEY,
    account_id UUID                     NOT NULL,
    article_id UUID                     NOT NULL,
    slug       VARCHAR(200)             NOT NULL,
    headline   VARCHAR(500)             NOT NULL,
    summary    TEXT,
    because    VARCHAR(300)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    mailed_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT reader_alerts_article_uk UNIQUE (account_id, article_id)
);
CREATE INDEX reader_alerts_account_ix ON reader_alerts (account_id, created_at);
CREATE INDEX reader_alerts_created_ix ON reader_alerts (created_at);

CREATE TABLE reader_alert_settings (
    account_id     UUID                     PRIMARY KEY,
    email_alerts   BOOLEAN                  NOT NULL,
    last_mailed_at TIMESTAMP WITH TIME ZONE
);

-- Gift links: the token's random part is stored only as a hash; a counter per giver and month keeps the quota.
CREATE TABLE gift_links (
    id             UUID                     PRIMARY KEY,
    giver_id       UUID                     NOT NULL,
    article_slug   VARCHAR(200)             NOT NULL,
    token_hash     VARCHAR(64)              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    opens          INTEGER                  NOT NULL,
    last_opened_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT gift_links_token_uk UNIQUE (token_hash)
);
CREATE INDEX gift_links_giver_ix ON gift_links (giver_id, created_at);

CREATE TABLE gift_months (
    giver_id   UUID       NOT NULL,
    gift_month VARCHAR(7) NOT NULL,
    used       INTEGER    NOT NULL,
    PRIMARY KEY (giver_id, gift_month)
);
