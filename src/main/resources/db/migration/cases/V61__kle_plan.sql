-- Issue 20: the KLE plan (KL's emnesystematik) as KL publishes it: the emneplan and the handlingsfacetter, each a
-- release identified by its UdgivelsesDato, imported whole from KLE's XML (KLE-Emneplan / KLE-Handlingsfacetter).
-- A case keeps the number it was opened with; a new case needs a number the newest plan does not mark expired.
CREATE TABLE cases.kle_plan (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('EMNEPLAN', 'HANDLINGSFACETTER')),
    released_on date NOT NULL,
    -- a whole release: a number it lacks has expired; a subset (the installation's) only vouches for what it holds
    complete    boolean NOT NULL,
    source      text NOT NULL CHECK (length(trim(source)) > 0),
    imported_at timestamptz NOT NULL DEFAULT now(),
    imported_by text NOT NULL,
    UNIQUE (kind, released_on, complete)
);

CREATE TABLE cases.kle_subject (
    plan_id     bigint NOT NULL REFERENCES cases.kle_plan (id),
    number      text NOT NULL CHECK (number ~ '^[0-9]{2}(\.[0-9]{2}){0,2}$'),
    title       text NOT NULL,
    expired_on  date,
    replaced_by text,
    PRIMARY KEY (plan_id, number)
);

CREATE TABLE cases.kle_facet (
    plan_id    bigint NOT NULL REFERENCES cases.kle_plan (id),
    code       text NOT NULL CHECK (code ~ '^[APSØGKI][0-9]{2}$'),
    title      text NOT NULL,
    expired_on date,
    PRIMARY KEY (plan_id, code)
);

ALTER TABLE cases.case_type ADD COLUMN kle_facet text CHECK (kle_facet ~ '^[APSØGKI][0-9]{2}$');
ALTER TABLE cases.case_file ADD COLUMN kle_facet text CHECK (kle_facet ~ '^[APSØGKI][0-9]{2}$');

-- The installation's subset of the 2025-05-01 release: the numbers the case types use, as read in the release
-- (source below); the municipality imports the whole plan from KLE (admin page or command line).
INSERT INTO cases.kle_plan (kind, released_on, complete, source, imported_by) VALUES
('EMNEPLAN', '2025-05-01', false, 'Udsnit af KLE-emneplanen, udgivelsen af 1. maj 2025 fra Kommunernes Landsforening (kle-online.dk), som gengivet i OS2compliance', 'system'),
('HANDLINGSFACETTER', '2015-05-01', false, 'Udsnit af KLE-handlingsfacetterne fra Kommunernes Landsforening (kle-online.dk): de to facetter, kommunernes sagssystemer bruger mest', 'system');
INSERT INTO cases.kle_subject (plan_id, number, title)
SELECT p.id, s.number, s.title FROM cases.kle_plan p, (VALUES
    ('00.01.10', 'Opgaver der dækker flere hovedgrupper'),
    ('00.07.03', 'Aktindsigt - forvaltningsprincipper'),
    ('27.36.00', 'Personlig hjælp, omsorg og pleje m.v. i almindelighed'),
    ('27.36.04', 'Personlig og praktisk hjælp'),
    ('34.10.10', 'Screening, afdækning og børnefaglig undersøgelse'),
    ('34.10.30', 'Underretninger'),
    ('34.15.25', 'Støttende indsatser'),
    ('34.25.00', 'Anbringelse i almindelighed')) AS s (number, title)
WHERE p.kind = 'EMNEPLAN';
INSERT INTO cases.kle_facet (plan_id, code, title)
SELECT p.id, f.code, f.title FROM cases.kle_plan p, (VALUES ('G01', 'Generelle sager'), ('A53', 'Aktindsigtsanmodning mv.')) AS f (code, title)
WHERE p.kind = 'HANDLINGSFACETTER';

-- Each case type to its number since barnets lov (children's cases moved to hovedgruppe 34 on 1 January 2024,
-- "Hjælp og støtte efter barnets lov"); cases already opened keep the number they have.
UPDATE cases.case_type SET kle = '34.10.30', kle_facet = 'G01' WHERE code = 'NOTIFICATION';
UPDATE cases.case_type SET kle = '34.10.10', kle_facet = 'G01' WHERE code = 'CHILD_ASSESSMENT';
UPDATE cases.case_type SET kle = '34.15.25', kle_facet = 'G01' WHERE code = 'PREVENTIVE_MEASURE';
UPDATE cases.case_type SET kle = '34.25.00', kle_facet = 'G01' WHERE code = 'PLACEMENT';
-- 27.57.08 "Længerevarende botilbud efter servicelovens § 108" is read in the 2015-08-01 release only; group 27.57
-- "Botilbud" is in the 2025 release, its subjects not confirmed here
UPDATE cases.case_type SET kle = '27.57.08', kle_facet = 'G01' WHERE code = 'HOUSING_OFFER';
UPDATE cases.case_type SET kle = '27.36.04', kle_facet = 'G01' WHERE code = 'PERSONAL_HELP';
UPDATE cases.case_type SET kle = '27.36.00', kle_facet = 'G01' WHERE code = 'SUPPORT_CONTACT';
UPDATE cases.case_type SET kle = '00.07.03', kle_facet = 'A53' WHERE code = 'ACCESS_REQUEST';
-- 00.14.00 "Borgerbetjening i almindelighed" is read in the 2015-08-01 release only
UPDATE cases.case_type SET kle = '00.14.00', kle_facet = 'G01' WHERE code = 'INQUIRY';
-- complaints, oversight requests, supervision rounds and action plans span the main groups; KLE marks what they are
-- with a facet (K02/K03 complaints, K08/K09 supervision), whose titles are not confirmed here
UPDATE cases.case_type SET kle = '00.01.10' WHERE code IN ('COMPLAINT', 'OVERSIGHT_REQUEST', 'SUPERVISION_ROUND', 'ACTION_PLAN');
