-- The reader's home: saved articles, follows, My Reads and per-reader settings. Keyed by the account id that
-- auth owns (no foreign key across modules); articles cascade so a deleted article leaves no dangling rows.
CREATE TABLE reader_saved_articles (
    account_id UUID                     NOT NULL,
    article_id UUID                     NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, article_id)
);
CREATE INDEX ix_reader_saved_articles_newest ON reader_saved_articles (account_id, saved_at DESC);

-- follow_key is the catalog's ref_key; seen_at is when the reader last saw this follow on the Following page.
CREATE TABLE reader_follows (
    account_id  UUID                     NOT NULL,
    kind        VARCHAR(16)              NOT NULL,
    follow_key  VARCHAR(64)              NOT NULL,
    followed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, kind, follow_key)
);

CREATE TABLE reader_reads (
    account_id    UUID                     NOT NULL,
    article_id    UUID                     NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    first_read_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_read_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    read_count    INTEGER                  NOT NULL,
    PRIMARY KEY (account_id, article_id)
);
CREATE INDEX ix_reader_reads_newest ON reader_reads (account_id, last_read_at DESC);
-- "Most read this week": a range over last_read_at that only touches the week's rows.
CREATE INDEX ix_reader_reads_recent ON reader_reads (last_read_at, article_id);

CREATE TABLE reader_settings (
    account_id     UUID    PRIMARY KEY,
    history_paused BOOLEAN NOT NULL
);

-- The feed's bounded candidate queries: newest published articles overall, per followed section (existing
-- ix_articles_section_published), and probes from a candidate article to its topics and authors.
CREATE INDEX ix_article_topics_article_topic ON article_topics (article_id, topic_id);
CREATE INDEX ix_article_contributors_article_author ON article_contributors (article_id, author_id, role);
