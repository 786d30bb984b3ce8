CREATE SCHEMA cases;

-- The catalogue of case types. KLE numbers are data so a correction is one change.
CREATE TABLE cases.case_type (
    code    text PRIMARY KEY CHECK (code ~ '^[A-Z_]+$'),
    name    text NOT NULL,
    kle     text NOT NULL CHECK (kle ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$'),
    area    text NOT NULL CHECK (area IN ('CHILDREN', 'ADULTS', 'GENERAL')),
    sort    int  NOT NULL
);

INSERT INTO cases.case_type (code, name, kle, area, sort) VALUES
    ('NOTIFICATION',        'Underretning',                           '27.24.00', 'CHILDREN', 10),
    ('CHILD_ASSESSMENT',    'Børnefaglig undersøgelse',               '27.24.00', 'CHILDREN', 20),
    ('PREVENTIVE_MEASURE',  'Forebyggende foranstaltning',            '27.24.00', 'CHILDREN', 30),
    ('PLACEMENT',           'Anbringelse uden for hjemmet',           '27.24.00', 'CHILDREN', 40),
    ('HOUSING_OFFER',       'Botilbud',                               '27.20.00', 'ADULTS',   50),
    ('PERSONAL_HELP',       'Personlig hjælp og pleje',               '27.16.00', 'ADULTS',   60),
    ('SUPPORT_CONTACT',     'Støtte- og kontaktperson',               '27.20.00', 'ADULTS',   70),
    ('COMPLAINT',           'Klage',                                  '27.00.00', 'GENERAL',  80),
    ('ACCESS_REQUEST',      'Aktindsigt',                             '27.00.00', 'GENERAL',  90),
    ('INQUIRY',             'Henvendelse fra borger',                 '27.00.00', 'GENERAL', 100),
    ('OVERSIGHT_REQUEST',   'Anmodning fra tilsynsmyndighed',         '27.00.00', 'GENERAL', 110),
    ('SUPERVISION_ROUND',   'Ledelsestilsyn',                         '27.00.00', 'GENERAL', 120);

CREATE TABLE cases.case_file (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_number        char(12) NOT NULL UNIQUE CHECK (case_number ~ '^[0-9]{4}-[0-9]{7}$'),
    case_type          text     NOT NULL REFERENCES cases.case_type (code),
    kle                text     NOT NULL CHECK (kle ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$'),
    title              text     NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 300),
    primary_citizen_id bigint   NOT NULL REFERENCES citizens.citizen (id),
    unit_id            bigint   NOT NULL REFERENCES organisation.unit (id),
    caseworker_id      bigint   REFERENCES organisation.staff (id),
    status             text     NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    opened_at          timestamptz NOT NULL,
    closed_at          timestamptz,
    title_search       tsvector GENERATED ALWAYS AS (to_tsvector('danish', title)) STORED,
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);

CREATE INDEX case_file_unit_status_idx ON cases.case_file (unit_id, status, opened_at DESC);
CREATE INDEX case_file_caseworker_idx ON cases.case_file (caseworker_id, status, opened_at DESC);
CREATE INDEX case_file_citizen_idx ON cases.case_file (primary_citizen_id);
CREATE INDEX case_file_title_search_idx ON cases.case_file USING gin (title_search);

CREATE TABLE cases.case_party (
    case_id    bigint NOT NULL REFERENCES cases.case_file (id),
    citizen_id bigint NOT NULL REFERENCES citizens.citizen (id),
    role       text   NOT NULL CHECK (role IN ('PRIMARY', 'CUSTODIAL_PARENT', 'PARENT', 'RELATIVE', 'REPRESENTATIVE', 'OTHER')),
    added_at   timestamptz NOT NULL,
    PRIMARY KEY (case_id, citizen_id, role)
);
CREATE UNIQUE INDEX case_party_one_primary ON cases.case_party (case_id) WHERE role = 'PRIMARY';
CREATE INDEX case_party_citizen_idx ON cases.case_party (citizen_id);

CREATE TABLE cases.case_status_change (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id    bigint NOT NULL REFERENCES cases.case_file (id),
    status     text   NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    changed_at timestamptz NOT NULL,
    changed_by text   NOT NULL,
    reason     text
);
CREATE INDEX case_status_change_case_idx ON cases.case_status_change (case_id, changed_at);

-- The case timeline: everything that happened, in order. Append-only.
CREATE TABLE cases.case_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint NOT NULL REFERENCES cases.case_file (id),
    occurred_at timestamptz NOT NULL,
    kind        text   NOT NULL CHECK (kind ~ '^[A-Z_]+$'),
    summary     text   NOT NULL,
    actor       text   NOT NULL
);
CREATE INDEX case_event_case_idx ON cases.case_event (case_id, occurred_at, id);

CREATE FUNCTION cases.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'cases.% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON cases.case_event
    FOR EACH ROW EXECUTE FUNCTION cases.refuse_change();
CREATE TRIGGER case_event_no_truncate BEFORE TRUNCATE ON cases.case_event
    FOR EACH STATEMENT EXECUTE FUNCTION cases.refuse_change();
CREATE TRIGGER case_status_change_append_only BEFORE UPDATE OR DELETE ON cases.case_status_change
    FOR EACH ROW EXECUTE FUNCTION cases.refuse_change();

-- Case numbers: YYYY-NNNNNNN from one sequence per year, created on first use. Sequences never hand out a
-- number twice, whatever the concurrency; a rolled-back creation leaves a gap, which is allowed.
CREATE FUNCTION cases.next_case_number(year int) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    seq  text := format('cases.case_number_%s', year);
    next bigint;
BEGIN
    IF year < 1900 OR year > 9999 THEN
        RAISE EXCEPTION 'year % out of range', year;
    END IF;
    BEGIN
        next := nextval(seq);
    EXCEPTION WHEN undefined_table THEN
        BEGIN
            EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %s MINVALUE 1 MAXVALUE 9999999 NO CYCLE', seq);
        EXCEPTION WHEN unique_violation OR duplicate_table THEN
            NULL; -- another transaction created it at the same moment
        END;
        next := nextval(seq);
    END;
    RETURN format('%s-%s', year, lpad(next::text, 7, '0'));
END $$;
