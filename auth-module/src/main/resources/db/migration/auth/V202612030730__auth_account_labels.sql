-- Labels staff and imports attach to accounts (segments, cohorts of another platform).
CREATE TABLE account_labels (
    account_id UUID NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    label      VARCHAR(64) NOT NULL,
    CONSTRAINT account_labels_pk PRIMARY KEY (account_id, label)
);
