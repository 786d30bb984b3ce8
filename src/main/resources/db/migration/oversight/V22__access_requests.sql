-- Requests for access to a case's documents (aktindsigt): answered within 7 working days or told why not and when
-- (offentlighedsloven § 36, stk. 2; forvaltningsloven § 16, stk. 2); each document disclosed, exempted with its
-- legal reason, or disclosed in a redacted copy; the bundle and cover letter journaled, the documents logged.
INSERT INTO oversight.body (code, name) VALUES ('ACCESS_REQUESTER', 'Anmoder om aktindsigt');

CREATE TABLE oversight.access_request (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id          bigint NOT NULL REFERENCES cases.case_file (id),
    case_number      text   NOT NULL,
    requester        text   NOT NULL CHECK (length(trim(requester)) > 0 AND length(requester) <= 200),
    party            boolean NOT NULL,
    received_on      date   NOT NULL,
    status           text   NOT NULL CHECK (status IN ('OPEN', 'ANSWERED')),
    delay_reason     text,
    expected_on      date,
    delay_letter_document text,
    cover_letter_document text,
    bundle_document  text,
    answered_by      text,
    answered_at      timestamptz,
    created_by       text   NOT NULL,
    created_at       timestamptz NOT NULL,
    CHECK ((delay_reason IS NULL) = (expected_on IS NULL)),
    CHECK ((status = 'ANSWERED') = (answered_at IS NOT NULL))
);

CREATE TABLE oversight.access_request_document (
    request_id        bigint NOT NULL REFERENCES oversight.access_request (id),
    document_number   text   NOT NULL,
    version           int    NOT NULL,
    outcome           text   NOT NULL CHECK (outcome IN ('DISCLOSED', 'EXEMPT', 'REDACTED')),
    legal_reason      text,
    redacted_document text,
    PRIMARY KEY (request_id, document_number),
    CHECK (outcome = 'DISCLOSED' OR length(trim(legal_reason)) >= 5),
    CHECK ((outcome = 'REDACTED') = (redacted_document IS NOT NULL))
);

ALTER TABLE oversight.disclosure ADD COLUMN access_request_id bigint REFERENCES oversight.access_request (id);
