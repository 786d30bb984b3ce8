-- How often reading a pending document's text has ended abnormally (issue 16): the child JVM crashed, was killed by
-- a signal other than the out-of-memory killer's, or did not start. Counted beside the journal, whose rows stay
-- append-only (V33's narrow exception is unchanged): the queue tries such a document again only after the others and
-- no sooner than its poll, and ends it as FAILED after three abnormal ends, so one bad file never stops the queue.
CREATE TABLE journal.extraction_attempt (
    document_id bigint      PRIMARY KEY REFERENCES journal.document (id),
    attempts    int         NOT NULL CHECK (attempts > 0),
    last_tried  timestamptz NOT NULL
);
