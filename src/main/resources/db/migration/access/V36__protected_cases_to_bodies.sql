-- A specially protected case goes to an oversight body (in a referral or an answer bundle) only when the body has
-- been granted it explicitly; the grant is kept here and in the permission log, and each use in the access log.
CREATE TABLE access.body_grant (
    body       text   NOT NULL CHECK (length(trim(body)) > 0),
    case_id    bigint NOT NULL REFERENCES cases.case_file (id),
    reason     text   NOT NULL CHECK (length(trim(reason)) > 0),
    granted_by text   NOT NULL,
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (body, case_id)
);

-- The cases and citizens whose data a bundle holds (a ZIP journaled in a case of the administration's own work, which
-- has no citizens of its own): every download of it is logged with the citizens, and special protection on any of
-- them keeps it from staff not named on the protection.
CREATE TABLE access.bundle_content (
    document_number text     PRIMARY KEY,
    case_ids        bigint[] NOT NULL,
    citizen_ids     bigint[] NOT NULL
);
