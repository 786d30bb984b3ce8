CREATE SCHEMA journal;

-- Per-case running number of documents; the row lock serialises numbering within one case only.
CREATE TABLE journal.document_counter (
    case_id  bigint PRIMARY KEY REFERENCES cases.case_file (id),
    last_seq int    NOT NULL CHECK (last_seq > 0)
);

-- Journaled documents (offentlighedsloven § 15) and notes (notatpligt, offentlighedsloven § 13).
-- Append-only: a correction is a new version (same document number, version + 1) that keeps the old one.
CREATE TABLE journal.document (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id           bigint   NOT NULL REFERENCES cases.case_file (id),
    document_number   text     NOT NULL CHECK (document_number ~ '^[0-9]{4}-[0-9]{7}-[1-9][0-9]*$'),
    seq               int      NOT NULL CHECK (seq > 0),
    version           int      NOT NULL DEFAULT 1 CHECK (version > 0),
    title             text     NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 300),
    direction         text     NOT NULL CHECK (direction IN ('INCOMING', 'OUTGOING', 'INTERNAL')),
    kind              text     NOT NULL CHECK (kind IN ('LETTER', 'NOTE', 'DECISION', 'REPORT', 'EMAIL', 'APPLICATION', 'PLAN', 'OTHER')),
    document_date     date     NOT NULL,
    author            text     NOT NULL,
    note_text         text,
    file_sha256       char(64) CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
    file_name         text,
    content_type      text,
    file_size         bigint   CHECK (file_size >= 0),
    extracted_text    text,
    extraction        text     NOT NULL CHECK (extraction IN ('NONE', 'OK', 'FAILED', 'UNSUPPORTED')),
    change_reason     text,
    journaled_at      timestamptz NOT NULL,
    journaled_by      text     NOT NULL,
    search_vector     tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('danish', title), 'A') ||
        setweight(to_tsvector('danish', left(coalesce(note_text, '') || ' ' || coalesce(extracted_text, ''), 400000)), 'B')
    ) STORED,
    UNIQUE (document_number, version),
    UNIQUE (case_id, seq, version),
    CHECK ((file_sha256 IS NULL) = (file_name IS NULL) AND (file_sha256 IS NULL) = (file_size IS NULL)),
    CHECK (file_sha256 IS NOT NULL OR note_text IS NOT NULL),
    CHECK (version = 1 OR change_reason IS NOT NULL)
);

CREATE INDEX document_case_idx ON journal.document (case_id, seq, version);
CREATE INDEX document_search_idx ON journal.document USING gin (search_vector);
CREATE INDEX document_file_idx ON journal.document (file_sha256) WHERE file_sha256 IS NOT NULL;

CREATE FUNCTION journal.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'journaled documents are never changed or deleted (%): journal a new version instead', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER document_append_only BEFORE UPDATE OR DELETE ON journal.document
    FOR EACH ROW EXECUTE FUNCTION journal.refuse_change();
CREATE TRIGGER document_no_truncate BEFORE TRUNCATE ON journal.document
    FOR EACH STATEMENT EXECUTE FUNCTION journal.refuse_change();
