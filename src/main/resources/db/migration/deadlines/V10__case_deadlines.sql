-- The event that meets each rule's deadline.
ALTER TABLE deadlines.rule ADD COLUMN met_by_event text CHECK (met_by_event ~ '^[A-Z_]+$');
UPDATE deadlines.rule SET met_by_event = CASE code
    WHEN 'NOTIFICATION_ASSESSMENT' THEN 'NOTIFICATION_ASSESSED'
    WHEN 'NOTIFIER_RECEIPT' THEN 'RECEIPT_SENT'
    WHEN 'CHILD_ASSESSMENT' THEN 'ASSESSMENT_FINISHED'
    WHEN 'CHILD_PLAN' THEN 'PLAN_MADE'
    WHEN 'FOLLOW_UP' THEN 'FOLLOW_UP_DONE'
    WHEN 'CHILD_CONVERSATION' THEN 'CHILD_CONVERSATION_HELD'
    WHEN 'PROCESSING_TIME' THEN 'DECISION_SENT'
    WHEN 'ACCESS_REQUEST' THEN 'ACCESS_REQUEST_ANSWERED'
    WHEN 'RECONSIDERATION' THEN 'RECONSIDERATION_DONE'
    WHEN 'INQUIRY_REPLY' THEN 'INQUIRY_ANSWERED'
    WHEN 'OVERSIGHT_ANSWER' THEN 'OVERSIGHT_ANSWERED'
END;

-- Events that happened in a case and drive its deadlines. Append-only.
CREATE TABLE deadlines.case_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint NOT NULL REFERENCES cases.case_file (id),
    event       text   NOT NULL CHECK (event ~ '^[A-Z_]+$'),
    occurred_at timestamptz NOT NULL,
    variant     text,
    recorded_by text   NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_event_case_idx ON deadlines.case_event (case_id, occurred_at);

-- A deadline on a case, from one rule version. Where the case lies and who handles it are copied here so the
-- worklists need no join across modules (kept up to date by the handover issue's events).
CREATE TABLE deadlines.deadline (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id             bigint NOT NULL REFERENCES cases.case_file (id),
    case_number         text   NOT NULL,
    unit_id             bigint NOT NULL,
    caseworker_id       bigint,
    rule_code           text   NOT NULL,
    variant             text   NOT NULL,
    rule_effective_from date   NOT NULL,
    trigger_event_id    bigint NOT NULL REFERENCES deadlines.case_event (id),
    started_at          timestamptz NOT NULL,
    due_date            date   NOT NULL,
    -- the end of the deadline, exclusive: met in time when met before it
    due_at              timestamptz NOT NULL,
    status              text   NOT NULL CHECK (status IN ('OPEN', 'MET', 'MET_LATE')),
    met_at              timestamptz,
    met_by_event_id     bigint REFERENCES deadlines.case_event (id),
    FOREIGN KEY (rule_code, variant, rule_effective_from) REFERENCES deadlines.rule (code, variant, effective_from),
    UNIQUE (trigger_event_id, rule_code, variant),
    CHECK ((status = 'OPEN') = (met_at IS NULL))
);
-- worklists: my open deadlines by due date, a unit's open deadlines by due date
CREATE INDEX deadline_caseworker_open_idx ON deadlines.deadline (caseworker_id, due_at) WHERE status = 'OPEN';
CREATE INDEX deadline_unit_open_idx ON deadlines.deadline (unit_id, due_at) WHERE status = 'OPEN';
CREATE INDEX deadline_case_idx ON deadlines.deadline (case_id, due_at);

-- Warnings given by the daily job; one per deadline and kind, however often the job runs.
CREATE TABLE deadlines.warning (
    deadline_id bigint NOT NULL REFERENCES deadlines.deadline (id),
    kind        text   NOT NULL CHECK (kind IN ('DUE_SOON', 'OVERDUE')),
    warned_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (deadline_id, kind)
);
