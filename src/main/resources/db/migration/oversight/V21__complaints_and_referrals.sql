-- A citizen's complaint against a decision: checked against the 4-week complaint period from receipt
-- (retssikkerhedsloven § 67), reconsidered by the municipality within 4 weeks (§ 66), forwarded to Ankestyrelsen
-- when upheld, and the board's outcome.
CREATE TABLE oversight.complaint (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    decision_id         bigint NOT NULL REFERENCES decisions.decision (id),
    case_id             bigint NOT NULL REFERENCES cases.case_file (id),
    case_number         text   NOT NULL,
    unit_id             bigint NOT NULL,
    legal_basis         text   NOT NULL,
    received_on         date   NOT NULL,
    channel             text   NOT NULL CHECK (channel IN ('LETTER', 'DIGITAL_POST', 'EMAIL', 'PHONE', 'IN_PERSON')),
    text                text   NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 20000),
    complaint_deadline  date   NOT NULL,
    late                boolean NOT NULL,
    late_accepted_reason text CHECK (length(trim(late_accepted_reason)) >= 10),
    status              text   NOT NULL CHECK (status IN ('RECEIVED', 'CHANGED_BY_MUNICIPALITY', 'UPHELD', 'FORWARDED', 'DECIDED')),
    reconsidered_on     date,
    remarks             text CHECK (length(remarks) <= 20000),
    forwarded_on        date,
    bundle_document     text,
    board_outcome       text CHECK (board_outcome IN ('UPHELD', 'CHANGED', 'REMITTED', 'ANNULLED')),
    board_decided_on    date,
    learning_points     text CHECK (length(learning_points) <= 10000),
    created_by          text   NOT NULL,
    created_at          timestamptz NOT NULL,
    CHECK (late = (received_on > complaint_deadline)),
    CHECK (late_accepted_reason IS NULL OR late),
    CHECK ((status = 'DECIDED') = (board_outcome IS NOT NULL)),
    CHECK (status <> 'FORWARDED' OR bundle_document IS NOT NULL)
);
CREATE INDEX complaint_case_idx ON oversight.complaint (case_id);

-- Cases sent to Ankestyrelsen for review, or taken up by the board on its own initiative (Barnets lov §§ 151-153).
CREATE TABLE oversight.referral (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id         bigint NOT NULL REFERENCES cases.case_file (id),
    case_number     text   NOT NULL,
    unit_id         bigint NOT NULL,
    kind            text   NOT NULL CHECK (kind IN ('SENT_FOR_REVIEW', 'OWN_INITIATIVE')),
    reason          text   NOT NULL CHECK (length(trim(reason)) >= 5),
    referred_on     date   NOT NULL,
    answer_due      date,
    bundle_document text,
    outcome         text CHECK (outcome IN ('UPHELD', 'CHANGED', 'REMITTED', 'ANNULLED')),
    decided_on      date,
    learning_points text CHECK (length(learning_points) <= 10000),
    supervision_finding_id bigint,
    created_by      text   NOT NULL,
    created_at      timestamptz NOT NULL,
    CHECK ((outcome IS NULL) = (decided_on IS NULL))
);
