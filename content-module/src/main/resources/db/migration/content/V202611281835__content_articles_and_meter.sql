CREATE TABLE sections (
    id       UUID PRIMARY KEY,
    ref_key  VARCHAR(64)  NOT NULL,
    name     VARCHAR(120) NOT NULL,
    position INTEGER      NOT NULL,
    CONSTRAINT uk_sections_key UNIQUE (ref_key)
);

CREATE TABLE topics (
    id      UUID PRIMARY KEY,
    ref_key VARCHAR(64)  NOT NULL,
    name    VARCHAR(120) NOT NULL,
    CONSTRAINT uk_topics_key UNIQUE (ref_key)
);

CREATE TABLE authors (
    id      UUID PRIMARY KEY,
    ref_key VARCHAR(64)   NOT NULL,
    name    VARCHAR(120)  NOT NULL,
    bio     VARCHAR(2000),
    CONSTRAINT uk_authors_key UNIQUE (ref_key)
);

CREATE TABLE articles (
    id            UUID PRIMARY KEY,
    slug          VARCHAR(200)             NOT NULL,
    headline      VARCHAR(300)             NOT NULL,
    summary       VARCHAR(1000)            NOT NULL,
    section_id    UUID                     NOT NULL REFERENCES sections (id),
    dateline      VARCHAR(120),
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    access_level  VARCHAR(16)              NOT NULL,
    image_path    VARCHAR(300),
    image_caption VARCHAR(600),
    image_credit  VARCHAR(200),
    agency_credit VARCHAR(200),
    status        VARCHAR(16)              NOT NULL,
    CONSTRAINT uk_articles_slug UNIQUE (slug)
);
CREATE INDEX ix_articles_status_published ON articles (status, published_at DESC);
CREATE INDEX ix_articles_section_published ON articles (section_id, published_at DESC);

CREATE TABLE article_paragraphs (
    article_id UUID    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    body       TEXT    NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE article_topics (
    article_id UUID    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    topic_id   UUID    NOT NULL REFERENCES topics (id),
    PRIMARY KEY (article_id, position)
);
CREATE INDEX ix_article_topics_topic ON article_topics (topic_id, article_id);

CREATE TABLE article_contributors (
    article_id UUID        NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER     NOT NULL,
    author_id  UUID        NOT NULL REFERENCES authors (id),
    role       VARCHAR(16) NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX ix_article_contributors_author ON article_contributors (author_id, role, article_id);

CREATE TABLE article_related (
    article_id UUID    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    related_id UUID    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, position)
);

-- One row per meter and month: locked while a read is counted, so counting is atomic across instances.
CREATE TABLE meter_months (
    meter_key  VARCHAR(80)              NOT NULL,
    month_key  VARCHAR(7)               NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (meter_key, month_key)
);

CREATE TABLE meter_reads (
    meter_key  VARCHAR(80)              NOT NULL,
    month_key  VARCHAR(7)               NOT NULL,
    article_id UUID                     NOT NULL,
    read_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (meter_key, month_key, article_id),
    CONSTRAINT fk_meter_reads_month FOREIGN KEY (meter_key, month_key) REFERENCES meter_months (meter_key, month_key)
);

-- Secrets generated once and shared by every instance (e.g. the visitor cookie key).
CREATE TABLE content_secrets (
    name       VARCHAR(64)              PRIMARY KEY,
    secret     VARCHAR(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Rows locked to run one-off work (demo seeding) on exactly one instance.
CREATE TABLE content_locks (
    name VARCHAR(64) PRIMARY KEY
);
INSERT INTO content_locks (name) VALUES ('demo-newsroom');
