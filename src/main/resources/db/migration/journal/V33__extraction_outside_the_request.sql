-- Text extraction outside the request (issue 16): a PDF or Word file is journaled at once with extraction PENDING, and
-- its text is read afterwards in a process of its own with a time limit and a small heap. The result is written into
-- the journaled row, so search keeps using the row's generated search_vector and its GIN index unchanged.

-- The old CHECK allowed a subset of these values, so every existing row satisfies the new one; NOT VALID spares a
-- scan of the whole journal (millions of rows) at start-up, and the constraint still holds for every new or changed row.
ALTER TABLE journal.document DROP CONSTRAINT document_extraction_check;
ALTER TABLE journal.document ADD CONSTRAINT document_extraction_check
    CHECK (extraction IN ('NONE', 'PENDING', 'OK', 'FAILED', 'TIMED_OUT', 'TOO_LARGE', 'UNSUPPORTED')) NOT VALID;
ALTER TABLE journal.document ADD CONSTRAINT document_extracted_text_only_when_ok
    CHECK (extracted_text IS NULL OR extraction = 'OK') NOT VALID;
ALTER TABLE journal.document ADD CONSTRAINT document_pending_has_file
    CHECK (extraction <> 'PENDING' OR file_sha256 IS NOT NULL) NOT VALID;

-- The pending documents, found without reading the journal: the index holds only the few rows waiting.
CREATE INDEX document_extraction_pending_idx ON journal.document (id) WHERE extraction = 'PENDING';

-- Still append-only, with one narrow exception: a PENDING extraction may end once (to a final state, with text only
-- when OK), and nothing else in the row may change with it. Deletes and truncation stay refused as before.
CREATE FUNCTION journal.refuse_change_but_extraction() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND OLD.extraction = 'PENDING' AND OLD.extracted_text IS NULL
       AND NEW.extraction IN ('OK', 'FAILED', 'TIMED_OUT', 'TOO_LARGE', 'UNSUPPORTED')
       AND to_jsonb(NEW) - 'extraction' - 'extracted_text' - 'search_vector'
           = to_jsonb(OLD) - 'extraction' - 'extracted_text' - 'search_vector' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'journaled documents are never changed or deleted (%): journal a new version instead', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;

DROP TRIGGER document_append_only ON journal.document;
CREATE TRIGGER document_append_only BEFORE UPDATE OR DELETE ON journal.document
    FOR EACH ROW EXECUTE FUNCTION journal.refuse_change_but_extraction();
