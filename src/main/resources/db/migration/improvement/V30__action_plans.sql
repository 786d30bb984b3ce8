CREATE SCHEMA improvement;

-- An improvement action plan (e.g. "Handleplan for styrket myndighedsindsats og kvalitetssikring") in its own case.
CREATE TABLE improvement.action_plan (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint NOT NULL UNIQUE REFERENCES cases.case_file (id),
    case_number text   NOT NULL,
    title       text   NOT NULL CHECK (length(trim(title)) > 2 AND length(title) <= 300),
    adopted_on  date   NOT NULL,
    created_by  text   NOT NULL,
    created_at  timestamptz NOT NULL
);

-- A recommendation from its source, with the evidence that measures it: a supervision checklist question (its share
-- across rounds) or a deadline rule (its share met on time by half-year).
CREATE TABLE improvement.recommendation (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id          bigint NOT NULL REFERENCES improvement.action_plan (id),
    position         int    NOT NULL CHECK (position > 0),
    text             text   NOT NULL CHECK (length(trim(text)) > 4 AND length(text) <= 5000),
    source           text   NOT NULL CHECK (source IN ('OMBUDSMAN', 'APPEALS_BOARD', 'SUPERVISION_ROUND', 'TASK_FORCE', 'OTHER')),
    source_reference text CHECK (length(source_reference) <= 300),
    referral_id      bigint REFERENCES oversight.referral (id),
    round_id         bigint REFERENCES supervision.round (id),
    evidence_question text CHECK (evidence_question ~ '^[A-Z_]+$'),
    evidence_rule    text CHECK (evidence_rule ~ '^[A-Z_]+$'),
    created_by       text   NOT NULL,
    created_at       timestamptz NOT NULL,
    UNIQUE (plan_id, position),
    CHECK (evidence_question IS NULL OR evidence_rule IS NULL)
);

CREATE TABLE improvement.action (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recommendation_id bigint NOT NULL REFERENCES improvement.recommendation (id),
    text              text   NOT NULL CHECK (length(trim(text)) > 4 AND length(text) <= 5000),
    owner_id          bigint NOT NULL,
    due_on            date   NOT NULL,
    deadline_id       bigint NOT NULL,
    status            text   NOT NULL CHECK (status IN ('OPEN', 'DONE')),
    done_note         text CHECK (length(done_note) <= 5000),
    done_at           timestamptz,
    done_by           text,
    created_by        text   NOT NULL,
    created_at        timestamptz NOT NULL,
    CHECK ((status = 'DONE') = (done_at IS NOT NULL AND done_note IS NOT NULL))
);
CREATE INDEX action_open_owner_idx ON improvement.action (owner_id) WHERE status = 'OPEN';
