-- cp-textmine schema, version 1. Applied idempotently by store/db.py.
-- Contract tables (../shared/contract.md) keep their names and columns; extra columns are ours.

CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL);

CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    path VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL UNIQUE,
    doc_type VARCHAR CHECK (doc_type IN ('advies', 'reactie', 'jaarverslag', 'verordening', 'overig')),
    council VARCHAR,
    municipality VARCHAR,
    doc_date DATE,
    reference VARCHAR,
    subject VARCHAR,
    n_pages INTEGER,
    text_source VARCHAR CHECK (text_source IN ('text', 'ocr', 'mixed')),
    status VARCHAR NOT NULL CHECK (status IN ('ok', 'failed', 'needs_ocr')),
    error VARCHAR,
    ingested_at TIMESTAMP NOT NULL,
    -- ours
    region VARCHAR,
    doc_type_score DOUBLE,
    file_size BIGINT,
    n_chars INTEGER,
    n_pages_text INTEGER,
    n_pages_ocr INTEGER,
    n_pages_empty INTEGER,
    n_pages_needs_ocr INTEGER,
    mean_ocr_confidence DOUBLE,
    limits_hit VARCHAR,
    producer VARCHAR,
    extract_seconds DOUBLE,
    pipeline_version VARCHAR
);

CREATE TABLE IF NOT EXISTS document_paths (
    doc_id VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    first_seen TIMESTAMP NOT NULL,
    last_seen TIMESTAMP NOT NULL,
    PRIMARY KEY (path)
);

CREATE TABLE IF NOT EXISTS pages (
    doc_id VARCHAR NOT NULL,
    page_no INTEGER NOT NULL,
    text VARCHAR,
    text_source VARCHAR,
    n_chars INTEGER,
    ocr_confidence DOUBLE,
    PRIMARY KEY (doc_id, page_no)
);

CREATE TABLE IF NOT EXISTS document_tables (
    doc_id VARCHAR NOT NULL,
    page INTEGER NOT NULL,
    table_no INTEGER NOT NULL,
    row_no INTEGER NOT NULL,
    cells VARCHAR[]
);

CREATE TABLE IF NOT EXISTS advices (
    doc_id VARCHAR PRIMARY KEY,
    council VARCHAR,
    municipality VARCHAR,
    advice_date DATE,
    requested BOOLEAN,
    request_date DATE,
    subject VARCHAR,
    n_recommendations INTEGER,
    -- ours
    reference VARCHAR,
    their_reference VARCHAR,
    requested_score DOUBLE
);

CREATE TABLE IF NOT EXISTS advice_topics (
    doc_id VARCHAR NOT NULL,
    topic VARCHAR NOT NULL,
    score DOUBLE NOT NULL,
    PRIMARY KEY (doc_id, topic)
);

CREATE TABLE IF NOT EXISTS responses (
    doc_id VARCHAR PRIMARY KEY,
    advice_doc_id VARCHAR,
    response_date DATE,
    decision VARCHAR CHECK (decision IN ('adopted', 'partially_adopted', 'not_adopted', 'noted')),
    motivated BOOLEAN,
    link_confidence DOUBLE,
    -- ours
    decision_detail VARCHAR,
    decision_score DOUBLE,
    advice_reference VARCHAR,
    advice_date_cited DATE,
    council VARCHAR,
    municipality VARCHAR,
    subject VARCHAR,
    link_method VARCHAR
);

CREATE TABLE IF NOT EXISTS response_points (
    doc_id VARCHAR NOT NULL,
    point INTEGER NOT NULL,
    decision VARCHAR,
    snippet VARCHAR,
    PRIMARY KEY (doc_id, point)
);

CREATE TABLE IF NOT EXISTS regulations (
    doc_id VARCHAR PRIMARY KEY,
    municipality VARCHAR,
    response_norm_days INTEGER,
    -- ours
    advice_term_days INTEGER,
    valid_from DATE
);

CREATE TABLE IF NOT EXISTS annual_reports (
    doc_id VARCHAR PRIMARY KEY,
    council VARCHAR,
    municipality VARCHAR,
    year INTEGER,
    n_advices_listed INTEGER
);

CREATE TABLE IF NOT EXISTS annual_report_advices (
    doc_id VARCHAR NOT NULL,
    row_no INTEGER NOT NULL,
    advice_date DATE,
    subject VARCHAR,
    requested BOOLEAN,
    answered BOOLEAN,
    adopted VARCHAR,
    raw VARCHAR,
    PRIMARY KEY (doc_id, row_no)
);

CREATE TABLE IF NOT EXISTS evidence (
    doc_id VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    page INTEGER,
    snippet VARCHAR,
    char_start INTEGER,
    char_end INTEGER
);

CREATE TABLE IF NOT EXISTS settings (key VARCHAR PRIMARY KEY, value VARCHAR);

-- The norms the scan checks, as replaceable rows (domain.md: "id, source, threshold").
CREATE TABLE IF NOT EXISTS scan_norms (
    id VARCHAR PRIMARY KEY,
    source VARCHAR,
    threshold DOUBLE,
    description VARCHAR
);

-- One row per council across the name variants its documents use (store/councils.py keeps it).
CREATE TABLE IF NOT EXISTS councils (
    council_id VARCHAR PRIMARY KEY,
    municipality VARCHAR,
    name VARCHAR,            -- the fullest name seen
    aliases VARCHAR[]        -- every variant seen
);
ALTER TABLE advices ADD COLUMN IF NOT EXISTS council_id VARCHAR;
ALTER TABLE responses ADD COLUMN IF NOT EXISTS council_id VARCHAR;
ALTER TABLE annual_reports ADD COLUMN IF NOT EXISTS council_id VARCHAR;
-- the file's size and modification time when its content was last fingerprinted at this path:
-- a re-run trusts an unchanged (size, mtime) instead of reading the whole file again (issue 14)
ALTER TABLE document_paths ADD COLUMN IF NOT EXISTS size BIGINT;
ALTER TABLE document_paths ADD COLUMN IF NOT EXISTS mtime_ns BIGINT;
-- 'read': the answer gives this point its own position; 'whole answer': the answer decides the
-- linked advice as a whole, and that decision stands for each of its recommendations (kept by
-- classify/link.py on every re-link)
ALTER TABLE response_points ADD COLUMN IF NOT EXISTS basis VARCHAR DEFAULT 'read';

-- The structure half of the scan (issue 13): one row per document and norm, with its evidence.
-- value is 'true' / 'false' / a number / a comma list; NULL = the text does not let us say.
CREATE TABLE IF NOT EXISTS structure_values (
    doc_id VARCHAR NOT NULL,
    norm_id VARCHAR NOT NULL,
    value VARCHAR,
    year INTEGER,
    page INTEGER,
    snippet VARCHAR,
    char_start INTEGER,
    char_end INTEGER,
    article VARCHAR,
    valid_from DATE
);
