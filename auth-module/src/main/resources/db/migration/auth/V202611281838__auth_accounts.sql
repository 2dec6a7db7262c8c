CREATE TABLE accounts (
    id                     UUID PRIMARY KEY,
    email                  VARCHAR(320) NOT NULL,
    name                   VARCHAR(200) NOT NULL,
    password_hash          VARCHAR(200) NOT NULL,
    roles                  VARCHAR(200) NOT NULL,
    email_verified         BOOLEAN NOT NULL,
    pending_email          VARCHAR(320),
    locked                 BOOLEAN NOT NULL,
    locked_reason          VARCHAR(500),
    locked_at              TIMESTAMP WITH TIME ZONE,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    credentials_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    credentials_version    INTEGER NOT NULL,
    CONSTRAINT accounts_email_uk UNIQUE (email)
);
CREATE INDEX accounts_name_ix ON accounts (name);

CREATE TABLE api_tokens (
    id           UUID PRIMARY KEY,
    account_id   UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    token_hash   VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_tokens_hash_uk UNIQUE (token_hash)
);
CREATE INDEX api_tokens_account_ix ON api_tokens (account_id);

CREATE TABLE account_tokens (
    id         UUID PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    purpose    VARCHAR(20) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    email      VARCHAR(320) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_tokens_hash_uk UNIQUE (token_hash)
);
CREATE INDEX account_tokens_account_ix ON account_tokens (account_id, purpose);

CREATE TABLE sign_in_failures (
    id        UUID PRIMARY KEY,
    subject   VARCHAR(400) NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_failures_subject_ix ON sign_in_failures (subject, failed_at);

CREATE TABLE outbox (
    id         UUID PRIMARY KEY,
    account_id UUID,
    recipient  VARCHAR(320) NOT NULL,
    subject    VARCHAR(300) NOT NULL,
    text_body  TEXT NOT NULL,
    html_body  TEXT NOT NULL,
    template   VARCHAR(100) NOT NULL,
    dedupe_key VARCHAR(300),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE,
    attempts   INTEGER NOT NULL,
    last_error VARCHAR(500),
    CONSTRAINT outbox_dedupe_uk UNIQUE (dedupe_key)
);
CREATE INDEX outbox_account_ix ON outbox (account_id, created_at);
CREATE INDEX outbox_unsent_ix ON outbox (sent_at, created_at);
