CREATE TABLE billing_customer (
    account_id   UUID PRIMARY KEY,
    provider     VARCHAR(16)  NOT NULL,
    customer_id  VARCHAR(255) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_billing_customer_customer UNIQUE (customer_id)
);

CREATE TABLE billing_subscription (
    id                    UUID PRIMARY KEY,
    account_id            UUID         NOT NULL,
    provider              VARCHAR(16)  NOT NULL,
    customer_id           VARCHAR(255),
    subscription_id       VARCHAR(255) NOT NULL,
    status                VARCHAR(32)  NOT NULL,
    plan_key              VARCHAR(32),
    trial_start           TIMESTAMP WITH TIME ZONE,
    trial_end             TIMESTAMP WITH TIME ZONE,
    current_period_end    TIMESTAMP WITH TIME ZONE,
    cancel_at_period_end  BOOLEAN      NOT NULL,
    past_due_since        TIMESTAMP WITH TIME ZONE,
    ended_at              TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    last_synced_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_billing_subscription_subscription UNIQUE (subscription_id)
);
CREATE INDEX ix_billing_subscription_account ON billing_subscription (account_id);

CREATE TABLE billing_trial_use (
    account_id       UUID PRIMARY KEY,
    subscription_id  VARCHAR(255) NOT NULL,
    used_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE billing_checkout (
    id               UUID PRIMARY KEY,
    account_id       UUID         NOT NULL,
    provider         VARCHAR(16)  NOT NULL,
    plan_key         VARCHAR(32)  NOT NULL,
    session_id       VARCHAR(255) NOT NULL,
    url              TEXT         NOT NULL,
    trial_offered    BOOLEAN      NOT NULL,
    subscription_id  VARCHAR(255),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_billing_checkout_session UNIQUE (session_id)
);
CREATE INDEX ix_billing_checkout_account ON billing_checkout (account_id);

CREATE TABLE billing_comp (
    id          UUID PRIMARY KEY,
    account_id  UUID         NOT NULL,
    until_date  DATE         NOT NULL,
    reason      TEXT         NOT NULL,
    granted_by  VARCHAR(255) NOT NULL,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_billing_comp_account ON billing_comp (account_id);

CREATE TABLE billing_notice (
    dedupe_key    VARCHAR(255) PRIMARY KEY,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE billing_webhook_event (
    event_id         VARCHAR(255) PRIMARY KEY,
    type             VARCHAR(128) NOT NULL,
    api_version      VARCHAR(64),
    object_id        VARCHAR(255),
    customer_id      VARCHAR(255),
    payload          TEXT         NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_error       TEXT,
    processed_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_billing_webhook_event_due ON billing_webhook_event (status, next_attempt_at);

CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL,
    lock_until  TIMESTAMP    NOT NULL,
    locked_at   TIMESTAMP    NOT NULL,
    locked_by   VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
