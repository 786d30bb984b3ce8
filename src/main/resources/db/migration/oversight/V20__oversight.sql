CREATE SCHEMA oversight;

-- The outside bodies the administration answers. More can be added as rows.
CREATE TABLE oversight.body (
    code text PRIMARY KEY CHECK (code ~ '^[A-Z_]+$'),
    name text NOT NULL
);
INSERT INTO oversight.body (code, name) VALUES
    ('OMBUDSMAN', 'Borgerrådgiveren'),
    ('APPEALS_BOARD', 'Ankestyrelsen'),
    ('SOCIAL_SUPERVISION', 'Socialtilsyn');

-- A request for information from a body, in its own case. It is answered when every item is.
CREATE TABLE oversight.request (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id          bigint NOT NULL REFERENCES cases.case_file (id),
    case_number      text   NOT NULL,
    body             text   NOT NULL REFERENCES oversight.body (code),
    body_reference   text CHECK (length(body_reference) <= 100),
    received_on      date   NOT NULL,
    text             text   NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 20000),
    answer_due       date   NOT NULL CHECK (answer_due >= received_on),
    responsible      text   NOT NULL,
    -- the earlier request this one repeats or presses (rykker)
    reminder_of      bigint REFERENCES oversight.request (id),
    status           text   NOT NULL CHECK (status IN ('OPEN', 'ANSWERED')),
    signed_off_by    text,
    signed_off_at    timestamptz,
    answered_by      text,
    answered_at      timestamptz,
    cover_letter_document text,
    bundle_document  text,
    created_by       text   NOT NULL,
    created_at       timestamptz NOT NULL,
    CHECK ((status = 'ANSWERED') = (answered_at IS NOT NULL)),
    CHECK (status = 'OPEN' OR (signed_off_at IS NOT NULL AND cover_letter_document IS NOT NULL AND bundle_document IS NOT NULL))
);
CREATE INDEX request_body_idx ON oversight.request (body, received_on);

-- One item of a request; answered by documents (a whole case or an export are linked as their documents) or by a
-- recorded reason why it cannot be answered.
CREATE TABLE oversight.item (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id   bigint NOT NULL REFERENCES oversight.request (id),
    seq          int    NOT NULL,
    text         text   NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 2000),
    subject_case_number text,
    status       text   NOT NULL CHECK (status IN ('OPEN', 'ANSWERED', 'CANNOT_ANSWER')),
    reason       text CHECK (length(trim(reason)) >= 10),
    answered_by  text,
    answered_at  timestamptz,
    UNIQUE (request_id, seq),
    CHECK ((status = 'CANNOT_ANSWER') = (reason IS NOT NULL)),
    CHECK ((status = 'OPEN') = (answered_at IS NULL))
);

CREATE TABLE oversight.item_document (
    item_id         bigint NOT NULL REFERENCES oversight.item (id),
    document_number text   NOT NULL,
    version         int    NOT NULL,
    PRIMARY KEY (item_id, document_number)
);

-- Every document given to an outside body: which version, to whom, for which request, when and approved by whom.
CREATE TABLE oversight.disclosure (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_number text   NOT NULL,
    version         int    NOT NULL,
    body            text   NOT NULL REFERENCES oversight.body (code),
    request_id      bigint REFERENCES oversight.request (id),
    disclosed_at    timestamptz NOT NULL,
    approved_by     text   NOT NULL
);
CREATE INDEX disclosure_body_idx ON oversight.disclosure (body, disclosed_at);

CREATE FUNCTION oversight.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'oversight.% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
END $$;
CREATE TRIGGER disclosure_append_only BEFORE UPDATE OR DELETE ON oversight.disclosure
    FOR EACH ROW EXECUTE FUNCTION oversight.refuse_change();
CREATE TRIGGER disclosure_no_truncate BEFORE TRUNCATE ON oversight.disclosure
    FOR EACH STATEMENT EXECUTE FUNCTION oversight.refuse_change();

-- What was answered stays as it was sent.
CREATE FUNCTION oversight.refuse_when_answered() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    answered boolean;
BEGIN
    IF TG_TABLE_NAME = 'item' THEN
        SELECT status = 'ANSWERED' INTO answered FROM oversight.request WHERE id = OLD.request_id;
    ELSE
        SELECT r.status = 'ANSWERED' INTO answered FROM oversight.request r JOIN oversight.item i ON i.request_id = r.id
         WHERE i.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.item_id ELSE NEW.item_id END;
    END IF;
    IF answered THEN
        RAISE EXCEPTION 'oversight.%: the request has been answered', TG_TABLE_NAME;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER item_frozen BEFORE UPDATE OR DELETE ON oversight.item
    FOR EACH ROW EXECUTE FUNCTION oversight.refuse_when_answered();
CREATE TRIGGER item_document_frozen BEFORE INSERT OR UPDATE OR DELETE ON oversight.item_document
    FOR EACH ROW EXECUTE FUNCTION oversight.refuse_when_answered();
