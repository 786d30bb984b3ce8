CREATE SCHEMA supervision;

-- Checklist templates: a versioned list of questions, each tied to a legal requirement and a measure category.
-- How a question is pre-filled from the system's facts is data too: DEADLINE:<rule>, GATE:<gate>, JOURNAL, or none.
CREATE TABLE supervision.template (
    id          text PRIMARY KEY CHECK (id ~ '^[A-Z0-9_]+$'),
    family      text NOT NULL,
    version     int  NOT NULL,
    name        text NOT NULL,
    description text NOT NULL,
    UNIQUE (family, version)
);

CREATE TABLE supervision.question (
    template_id text NOT NULL REFERENCES supervision.template (id),
    code        text NOT NULL CHECK (code ~ '^[A-Z0-9_]+$'),
    sort        int  NOT NULL,
    text        text NOT NULL,
    law         text NOT NULL,
    category    text NOT NULL CHECK (category IN ('ALL', 'MEASURE', 'PLACEMENT', 'PREVENTIVE')),
    prefill     text CHECK (prefill ~ '^(DEADLINE|GATE):[A-Z_]+$' OR prefill = 'JOURNAL'),
    PRIMARY KEY (template_id, code)
);

INSERT INTO supervision.template (id, family, version, name, description) VALUES
('CHILDREN_SEL', 'CHILDREN', 1, 'Børnesager (Serviceloven)',
 'Tjekliste for sager om børn og unge efter Serviceloven (afgørelser før 1. januar 2024).'),
('CHILDREN_BL', 'CHILDREN', 2, 'Børnesager (Barnets lov)',
 'Tjekliste for sager om børn og unge efter Barnets lov (fra 1. januar 2024).');

INSERT INTO supervision.question (template_id, code, sort, text, law, category, prefill) VALUES
('CHILDREN_SEL', 'NOTIFICATION_24H', 10, 'Er underretningen vurderet inden 24 timer?', 'Serviceloven § 155, stk. 2', 'ALL', 'DEADLINE:NOTIFICATION_ASSESSMENT'),
('CHILDREN_SEL', 'ASSESSMENT_4M', 20, 'Er den børnefaglige undersøgelse afsluttet inden 4 måneder?', 'Serviceloven § 50, stk. 7', 'ALL', 'DEADLINE:CHILD_ASSESSMENT'),
('CHILDREN_SEL', 'CHILD_CONVERSATION', 30, 'Har der været en børnesamtale før afgørelsen?', 'Serviceloven § 48', 'MEASURE', 'GATE:CHILD_CONVERSATION'),
('CHILDREN_SEL', 'CHILD_PLAN', 40, 'Forelå handleplanen, før foranstaltningen blev iværksat?', 'Serviceloven § 140', 'MEASURE', 'GATE:CHILD_PLAN'),
('CHILDREN_SEL', 'CONSENT', 50, 'Er samtykke givet og registreret?', 'Serviceloven § 52, stk. 1', 'MEASURE', 'GATE:CONSENT'),
('CHILDREN_SEL', 'PARENTS_GOALS', 60, 'Er forældrene inddraget i målene for indsatsen?', 'Serviceloven § 140, stk. 3', 'MEASURE', NULL),
('CHILDREN_SEL', 'FOLLOW_UP', 70, 'Er der fulgt op på foranstaltningen rettidigt?', 'Serviceloven § 70, stk. 2', 'MEASURE', 'DEADLINE:FOLLOW_UP'),
('CHILDREN_SEL', 'HEARING', 80, 'Er der foretaget partshøring før afgørelsen?', 'Forvaltningsloven § 19', 'MEASURE', 'GATE:HEARING'),
('CHILDREN_SEL', 'REASONS', 90, 'Er afgørelsen begrundet med henvisning til reglerne og en konkret vurdering?', 'Forvaltningsloven §§ 22-24', 'MEASURE', 'GATE:REASONS'),
('CHILDREN_SEL', 'COMPLAINT_GUIDANCE', 100, 'Er der givet klagevejledning?', 'Forvaltningsloven § 25', 'MEASURE', 'GATE:COMPLAINT_GUIDANCE'),
('CHILDREN_SEL', 'JOURNAL', 110, 'Er journalen fuldstændig (dokumenter og notater journaliseret)?', 'Offentlighedsloven §§ 13 og 15', 'ALL', 'JOURNAL'),
('CHILDREN_BL', 'NOTIFICATION_24H', 10, 'Er underretningen vurderet inden 24 timer?', 'Barnets lov § 136', 'ALL', 'DEADLINE:NOTIFICATION_ASSESSMENT'),
('CHILDREN_BL', 'ASSESSMENT_4M', 20, 'Er den børnefaglige undersøgelse afsluttet inden 4 måneder?', 'Barnets lov § 20, stk. 3', 'ALL', 'DEADLINE:CHILD_ASSESSMENT'),
('CHILDREN_BL', 'CHILD_CONVERSATION', 30, 'Har der været en børnesamtale før afgørelsen?', 'Barnets lov § 5, stk. 3-4', 'MEASURE', 'GATE:CHILD_CONVERSATION'),
('CHILDREN_BL', 'CHILD_PLAN', 40, 'Forelå barnets plan rettidigt (før afgørelsen ved anbringelse uden samtykke, ellers inden 3 måneder)?', 'Barnets lov § 91', 'MEASURE', 'GATE:CHILD_PLAN'),
('CHILDREN_BL', 'CONSENT', 50, 'Er samtykke givet og registreret, hvor indsatsen kræver det?', 'Barnets lov §§ 32 og 46', 'MEASURE', 'GATE:CONSENT'),
('CHILDREN_BL', 'PARENTS_GOALS', 60, 'Er forældrene inddraget i målene i barnets plan?', 'Barnets lov § 92', 'MEASURE', NULL),
('CHILDREN_BL', 'FOLLOW_UP', 70, 'Er der fulgt op på indsatsen rettidigt?', 'Barnets lov § 95', 'MEASURE', 'DEADLINE:FOLLOW_UP'),
('CHILDREN_BL', 'HEARING', 80, 'Er der foretaget partshøring før afgørelsen?', 'Forvaltningsloven § 19', 'MEASURE', 'GATE:HEARING'),
('CHILDREN_BL', 'REASONS', 90, 'Er afgørelsen begrundet med henvisning til reglerne og en konkret vurdering?', 'Forvaltningsloven §§ 22-24', 'MEASURE', 'GATE:REASONS'),
('CHILDREN_BL', 'COMPLAINT_GUIDANCE', 100, 'Er der givet klagevejledning?', 'Forvaltningsloven § 25', 'MEASURE', 'GATE:COMPLAINT_GUIDANCE'),
('CHILDREN_BL', 'JOURNAL', 110, 'Er journalen fuldstændig (dokumenter og notater journaliseret)?', 'Offentlighedsloven §§ 13 og 15', 'ALL', 'JOURNAL');

CREATE TABLE supervision.round (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name             text   NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 200),
    period_from      date   NOT NULL,
    period_to        date   NOT NULL CHECK (period_to >= period_from),
    template_id      text   NOT NULL REFERENCES supervision.template (id),
    -- the population: cases of these types in these units, opened within the dates
    unit_ids         bigint[] NOT NULL CHECK (cardinality(unit_ids) > 0),
    case_types       text[] NOT NULL CHECK (cardinality(case_types) > 0),
    opened_from      date,
    opened_to        date,
    -- the sample design
    sample_size      int    NOT NULL CHECK (sample_size BETWEEN 1 AND 10000),
    per_unit         boolean NOT NULL,
    by_measure       boolean NOT NULL,
    min_per_stratum  int    NOT NULL DEFAULT 0 CHECK (min_per_stratum >= 0),
    status           text   NOT NULL CHECK (status IN ('PLANNED', 'SAMPLED', 'UNDER_REVIEW', 'CONCLUDED', 'REPORTED')),
    case_id          bigint NOT NULL REFERENCES cases.case_file (id),
    case_number      text   NOT NULL,
    previous_round_id bigint REFERENCES supervision.round (id),
    seed             text,
    population_size  int,
    population_sha256 text,
    drawn_at         timestamptz,
    drawn_by         text,
    created_by       text   NOT NULL,
    created_at       timestamptz NOT NULL,
    concluded_at     timestamptz,
    workbook_document text,
    result_note_document text,
    CHECK ((status = 'PLANNED') = (drawn_at IS NULL)),
    CHECK (drawn_at IS NULL OR (seed IS NOT NULL AND population_sha256 IS NOT NULL))
);

CREATE TABLE supervision.reviewer (
    round_id bigint NOT NULL REFERENCES supervision.round (id),
    level    int    NOT NULL CHECK (level BETWEEN 1 AND 4),
    username text   NOT NULL,
    PRIMARY KEY (round_id, level, username)
);

-- The population as it stood when the sample was drawn, so anyone can re-run the draw: one row of parallel
-- arrays in case-number order (a hundred thousand rows would cost seconds to write); the keys follow from the seed.
CREATE TABLE supervision.population (
    round_id     bigint PRIMARY KEY REFERENCES supervision.round (id),
    case_numbers text[]   NOT NULL,
    case_ids     bigint[] NOT NULL,
    unit_ids     bigint[] NOT NULL,
    categories   text[]   NOT NULL,
    strata       text[]   NOT NULL,
    CHECK (cardinality(case_numbers) = cardinality(case_ids) AND cardinality(case_ids) = cardinality(unit_ids)
           AND cardinality(unit_ids) = cardinality(categories) AND cardinality(categories) = cardinality(strata))
);

CREATE TABLE supervision.sample (
    round_id         bigint NOT NULL REFERENCES supervision.round (id),
    case_number      text   NOT NULL,
    case_id          bigint NOT NULL,
    unit_id          bigint NOT NULL,
    category         text   NOT NULL CHECK (category IN ('PLACEMENT', 'PREVENTIVE', 'OTHER')),
    stratum          text   NOT NULL,
    sha256           text   NOT NULL,
    drawn_as         text   NOT NULL CHECK (drawn_as IN ('DRAWN', 'REPLACEMENT')),
    excluded_reason  text CHECK (length(trim(excluded_reason)) >= 5),
    excluded_by      text,
    excluded_at      timestamptz,
    replaced_by      text,
    PRIMARY KEY (round_id, case_number),
    CHECK ((excluded_reason IS NULL) = (excluded_at IS NULL))
);

-- Answers per case, question and review level. Level 0 is the system's pre-filled answer. A higher level may
-- overrule a lower one; both are kept.
CREATE TABLE supervision.answer (
    round_id     bigint NOT NULL,
    case_number  text   NOT NULL,
    question     text   NOT NULL,
    level        int    NOT NULL CHECK (level BETWEEN 0 AND 4),
    answer       text   NOT NULL CHECK (answer IN ('YES', 'NO', 'NOT_RELEVANT')),
    comment      text CHECK (length(comment) <= 4000),
    answered_by  text   NOT NULL,
    answered_at  timestamptz NOT NULL,
    PRIMARY KEY (round_id, case_number, question, level),
    FOREIGN KEY (round_id, case_number) REFERENCES supervision.sample (round_id, case_number)
);

CREATE TABLE supervision.flag (
    round_id        bigint NOT NULL,
    case_number     text   NOT NULL,
    reason          text   NOT NULL CHECK (length(trim(reason)) >= 5),
    flagged_by      text   NOT NULL,
    flagged_at      timestamptz NOT NULL,
    owner           text   NOT NULL,
    follow_up_due   date   NOT NULL,
    follow_up_note  text,
    followed_up_at  timestamptz,
    followed_up_by  text,
    proposed_for_appeals_board boolean NOT NULL DEFAULT false,
    chosen_for_appeals_board   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (round_id, case_number),
    FOREIGN KEY (round_id, case_number) REFERENCES supervision.sample (round_id, case_number),
    CHECK ((follow_up_note IS NULL) = (followed_up_at IS NULL)),
    CHECK (NOT chosen_for_appeals_board OR proposed_for_appeals_board)
);

CREATE TABLE supervision.finding (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id   bigint NOT NULL REFERENCES supervision.round (id),
    text       text   NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 10000),
    case_numbers text[] NOT NULL DEFAULT '{}',
    questions  text[] NOT NULL DEFAULT '{}',
    created_by text   NOT NULL,
    created_at timestamptz NOT NULL
);

-- Each unit is told its results; the unit leader acknowledges.
CREATE TABLE supervision.unit_report (
    round_id        bigint NOT NULL REFERENCES supervision.round (id),
    unit_id         bigint NOT NULL,
    sent_at         timestamptz NOT NULL,
    acknowledged_by text,
    acknowledged_at timestamptz,
    PRIMARY KEY (round_id, unit_id),
    CHECK ((acknowledged_by IS NULL) = (acknowledged_at IS NULL))
);
