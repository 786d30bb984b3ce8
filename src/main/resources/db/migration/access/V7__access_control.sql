-- A user's scope when it differs from their role's default (set in the administration UI).
CREATE TABLE access.user_scope (
    username text PRIMARY KEY REFERENCES access.user_account (username),
    scope    text NOT NULL CHECK (scope IN ('OWN', 'TEAM', 'UNIT', 'CENTRE', 'ADMINISTRATION', 'ASSIGNED', 'NONE'))
);

-- "Assigned" scope: a case assigned to a user (e.g. a supervision lawyer's round) ...
CREATE TABLE access.case_assignment (
    username   text   NOT NULL REFERENCES access.user_account (username),
    case_id    bigint NOT NULL REFERENCES cases.case_file (id),
    reason     text   NOT NULL CHECK (length(trim(reason)) > 0),
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (username, case_id)
);

-- ... and a document disclosed to an oversight body, which its reviewers may then read.
CREATE TABLE access.document_disclosure (
    body            text   NOT NULL CHECK (body IN ('OMBUDSMAN', 'APPEALS_BOARD')),
    document_number text   NOT NULL,
    case_id         bigint NOT NULL REFERENCES cases.case_file (id),
    disclosed_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (body, document_number)
);

-- Special protection: a protected case or citizen is readable only by the users named for it.
CREATE TABLE access.protection (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id    bigint REFERENCES cases.case_file (id),
    citizen_id bigint REFERENCES citizens.citizen (id),
    reason     text   NOT NULL CHECK (length(trim(reason)) > 0),
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text   NOT NULL,
    CHECK ((case_id IS NULL) <> (citizen_id IS NULL))
);
CREATE UNIQUE INDEX protection_case_idx ON access.protection (case_id) WHERE case_id IS NOT NULL;
CREATE UNIQUE INDEX protection_citizen_idx ON access.protection (citizen_id) WHERE citizen_id IS NOT NULL;

CREATE TABLE access.protection_reader (
    protection_id bigint NOT NULL REFERENCES access.protection (id),
    username      text   NOT NULL REFERENCES access.user_account (username),
    PRIMARY KEY (protection_id, username)
);

-- Every change to who may see what. Append-only.
CREATE TABLE access.permission_change (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL,
    subject    text NOT NULL,
    change     text NOT NULL
);

CREATE FUNCTION access.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access.% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER permission_change_append_only BEFORE UPDATE OR DELETE ON access.permission_change
    FOR EACH ROW EXECUTE FUNCTION access.refuse_change();
