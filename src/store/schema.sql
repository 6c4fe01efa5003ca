-- schema.sql: the one schema of the attache store, for SQLite and PostgreSQL.
--
-- Compiled into the library (src/store/embed.cmake).  The store records
-- the migrations it has applied in attache_schema; on open it applies,
-- in order and each in its own transaction, every migration above the
-- stored version.  A migration is never edited once released: change the
-- schema by appending a new one.
--
-- Markers (each alone on a line):
--   -- @migration N: what it does     starts migration N (N = 1, 2, ...)
--   -- @sqlite ... -- @end            lines only SQLite runs
--   -- @postgres ... -- @end          lines only PostgreSQL runs
-- Everything else is written in the SQL both understand: TEXT, INTEGER,
-- BIGINT, DOUBLE PRECISION; no AUTOINCREMENT/SERIAL (keys are computed
-- by attache: stable 63-bit hashes).  Statements end with ';' at the end
-- of a line.  Dates are ISO text (YYYY-MM-DD), so text order is date
-- order.

-- @migration 1: documents, mentions, events, agreements, relations, persons, dates, full text

-- One row per document: its identity (id + content hash), what the input
-- said about it, and the JSON record exactly as `attache extract` writes it.
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    key BIGINT NOT NULL UNIQUE,           -- 63-bit hash of id (full-text row id)
    content_hash TEXT NOT NULL,           -- XXH3-128 of text and input fields
    extractor TEXT NOT NULL,              -- attache version that extracted it
    lang TEXT,
    published TEXT,
    published_from TEXT,
    source TEXT,
    url TEXT,
    title TEXT,
    source_key TEXT NOT NULL,             -- information source: source, else URL host, else id
    countries TEXT NOT NULL,              -- ISO alpha-3 codes, space-separated
    text_len BIGINT NOT NULL,
    body TEXT,                            -- the text the stages read
    record TEXT NOT NULL,                 -- the JSON record (spec/OUTPUT.md)
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE doc_countries (
    doc TEXT NOT NULL REFERENCES documents (id),
    country TEXT NOT NULL,
    PRIMARY KEY (doc, country)
);
CREATE INDEX doc_countries_country ON doc_countries (country);

-- One row per event as one document states it (a report, a mention).
CREATE TABLE mentions (
    id BIGINT PRIMARY KEY,                -- hash of doc, evidence start, type, source, target, date
    doc TEXT NOT NULL REFERENCES documents (id),
    idx INTEGER NOT NULL,                 -- position in the record's events[]
    event BIGINT NOT NULL,                -- the merged event (events.id)
    block TEXT NOT NULL,                  -- merge block: TYPE|A|B|modality
    mergeable INTEGER NOT NULL,           -- 1 when it may merge with other mentions
    sentence INTEGER,                     -- index of the evidence sentence
    type TEXT NOT NULL,
    mode TEXT,
    context TEXT,                         -- PLOVER contexts, comma-separated
    cameo TEXT,
    goldstein DOUBLE PRECISION,
    quad INTEGER,
    src_country TEXT, src_name TEXT, src_role TEXT, src_sector TEXT,
    tgt_country TEXT, tgt_name TEXT, tgt_role TEXT, tgt_sector TEXT,
    date TEXT,                            -- as the record writes it
    date_first TEXT,                      -- first and last day it covers
    date_last TEXT,
    place_name TEXT, place_country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    ev_start BIGINT, ev_end BIGINT, evidence TEXT,
    trig_start BIGINT, trig_end BIGINT, trigger_text TEXT,
    confidence DOUBLE PRECISION,
    published TEXT,                       -- the document's
    source_key TEXT,                      -- the document's
    actor_key TEXT                        -- folded actor names, for --person
);
CREATE INDEX mentions_doc ON mentions (doc);
CREATE INDEX mentions_event ON mentions (event);
CREATE INDEX mentions_block ON mentions (block, date_first);

-- One row per event after merging its mentions (docs/STORE.md, "One
-- event, many reports").  The id is the id of its first report.
CREATE TABLE events (
    id BIGINT PRIMARY KEY,
    block TEXT NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    context TEXT,
    cameo TEXT,
    goldstein DOUBLE PRECISION,
    quad INTEGER,
    src_country TEXT, src_name TEXT, src_role TEXT, src_sector TEXT,
    tgt_country TEXT, tgt_name TEXT, tgt_role TEXT, tgt_sector TEXT,
    date TEXT,
    date_first TEXT,
    date_last TEXT,
    place_name TEXT, place_country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    confidence DOUBLE PRECISION,          -- the highest of its mentions
    n_mentions INTEGER NOT NULL,          -- GDELT NumMentions
    n_sources INTEGER NOT NULL,           -- GDELT NumSources
    n_articles INTEGER NOT NULL,          -- GDELT NumArticles
    first_doc TEXT NOT NULL,              -- document of the first report
    first_sentence INTEGER,
    published TEXT                        -- earliest publication date of its reports
);
CREATE INDEX events_date ON events (date_first, date_last);
CREATE INDEX events_src ON events (src_country);
CREATE INDEX events_tgt ON events (tgt_country);
CREATE INDEX events_type ON events (type);

CREATE TABLE agreements (
    doc TEXT NOT NULL REFERENCES documents (id),
    idx INTEGER NOT NULL,
    kind TEXT,
    sector TEXT,
    title TEXT,
    date TEXT, date_first TEXT, date_last TEXT,
    place_name TEXT, place_country TEXT,
    ev_start BIGINT, ev_end BIGINT, evidence TEXT,
    countries TEXT,                       -- parties' countries, space-separated
    PRIMARY KEY (doc, idx)
);

CREATE TABLE agreement_parties (
    doc TEXT NOT NULL,
    idx INTEGER NOT NULL,
    n INTEGER NOT NULL,
    country TEXT,
    org TEXT,
    PRIMARY KEY (doc, idx, n),
    FOREIGN KEY (doc, idx) REFERENCES agreements (doc, idx)
);
CREATE INDEX agreement_parties_country ON agreement_parties (country);

CREATE TABLE relations (
    doc TEXT NOT NULL REFERENCES documents (id),
    idx INTEGER NOT NULL,
    country_a TEXT,
    country_b TEXT,
    level TEXT,
    since TEXT,
    ev_start BIGINT, ev_end BIGINT, evidence TEXT,
    PRIMARY KEY (doc, idx)
);

CREATE TABLE persons (
    doc TEXT NOT NULL REFERENCES documents (id),
    idx INTEGER NOT NULL,
    name TEXT,
    native TEXT,
    country TEXT,
    role TEXT,
    aliases TEXT,                         -- JSON array
    mentions TEXT,                        -- JSON array of [start, end]
    name_key TEXT,                        -- folded name, native and aliases
    PRIMARY KEY (doc, idx)
);

CREATE TABLE dates (
    doc TEXT NOT NULL REFERENCES documents (id),
    idx INTEGER NOT NULL,
    span_start BIGINT,
    span_end BIGINT,
    text TEXT,
    value TEXT,
    PRIMARY KEY (doc, idx)
);

-- Full text of title and body, folded (case, diacritics, đ = d) by
-- attache before it is stored, so both back ends find the same words.
-- @sqlite
CREATE VIRTUAL TABLE documents_fts USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');
-- @end
-- @postgres
ALTER TABLE documents ADD COLUMN search tsvector;
CREATE INDEX documents_search ON documents USING GIN (search);
-- @end

-- @migration 2: an index in the order events are listed, for paging

-- `attache query` and `attache serve` list events in this order; with the
-- index a page deep into 100,000 events walks the index instead of
-- sorting the table (docs/API.md, "Paging").
-- @sqlite
CREATE INDEX events_order ON events ((date_first IS NULL), date_first, type, COALESCE(src_country, ''), COALESCE(tgt_country, ''), id);
-- @end
-- @postgres
CREATE INDEX events_order ON events ((date_first IS NULL), date_first COLLATE "C", type COLLATE "C", (COALESCE(src_country, '')) COLLATE "C", (COALESCE(tgt_country, '')) COLLATE "C", id);
-- @end

-- @migration 3: the runs that tie an HTML page's article text to the page

-- A record's offsets point into the input; for an HTML page the store
-- keeps the article text, not the page, so it keeps the runs that tie
-- the one to the other (att_doc_run): "TXT SRC TXT_LEN SRC_LEN" per run,
-- runs separated by ';'.  NULL when text offsets are input offsets (plain
-- text, JSON Lines), for records stored with `ingest --coded`, and for
-- pages stored before this migration (docs/API.md, "Documents").
ALTER TABLE documents ADD COLUMN text_map TEXT;
-- The store cannot tell which of the documents stored before were pages:
-- each with a text counts as extracted by an older attache, so the next
-- ingest of it extracts it again (and keeps a page's runs) instead of
-- skipping it as unchanged.
UPDATE documents SET extractor = extractor || ' (before schema 3)' WHERE body IS NOT NULL;
