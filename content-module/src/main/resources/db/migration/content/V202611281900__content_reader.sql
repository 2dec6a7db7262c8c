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


-- The feed's index of articles by what a reader can follow: one row per article and its section, each topic and
-- each author who wrote it, so "the newest N articles of topic X" is a range scan of N index entries whatever the
-- size of the archive. Kept up to date by content.reader's FeedIndex from the articles tables.
CREATE TABLE reader_feed_keys (
    kind         VARCHAR(16)              NOT NULL,
    ref_id       UUID                     NOT NULL,
    article_id   UUID                     NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, ref_id, article_id)
);
CREATE INDEX ix_reader_feed_keys_newest ON reader_feed_keys (kind, ref_id, published_at DESC, article_id);
CREATE INDEX ix_reader_feed_keys_article ON reader_feed_keys (article_id);

-- Which version of each article (publication and update time) the feed keys reflect.
CREATE TABLE reader_feed_indexed (
    article_id   UUID                     PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
