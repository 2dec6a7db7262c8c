-- Extra mail headers (e.g. List-Unsubscribe), one "Name: value" a line.
ALTER TABLE outbox ADD COLUMN headers TEXT;
