CREATE SCHEMA inquiries;

-- A citizen's inquiry (henvendelse) to the mayor, a committee or the administration, in its own case of type INQUIRY.
-- The reply deadline is a deadline instance (INQUIRY_REPLY, the municipality's service target).
CREATE TABLE inquiries.inquiry (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id        bigint NOT NULL UNIQUE REFERENCES cases.case_file (id),
    case_number    text   NOT NULL,
    unit_id        bigint NOT NULL,
    addressed_to   text   NOT NULL CHECK (addressed_to IN ('MAYOR', 'COMMITTEE', 'ADMINISTRATION')),
    channel        text   NOT NULL CHECK (channel IN ('LETTER', 'EMAIL', 'DIGITAL_POST', 'PHONE', 'IN_PERSON')),
    received_on    date   NOT NULL,
    subject        text   NOT NULL CHECK (length(trim(subject)) > 0 AND length(subject) <= 300),
    text           text   NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 50000),
    topics         text[] NOT NULL DEFAULT '{}',
    assignee_id    bigint NOT NULL,
    status         text   NOT NULL CHECK (status IN ('OPEN', 'ANSWERED')),
    reply_document text,
    replied_on     date,
    replied_by     text,
    created_by     text   NOT NULL,
    created_at     timestamptz NOT NULL,
    CHECK ((status = 'ANSWERED') = (reply_document IS NOT NULL AND replied_on IS NOT NULL)),
    CHECK (replied_on IS NULL OR replied_on >= received_on)
);
CREATE INDEX inquiry_open_idx ON inquiries.inquiry (assignee_id) WHERE status = 'OPEN';

-- The citizen's cases the inquiry is about.
CREATE TABLE inquiries.inquiry_case (
    inquiry_id  bigint NOT NULL REFERENCES inquiries.inquiry (id),
    case_id     bigint NOT NULL REFERENCES cases.case_file (id),
    case_number text   NOT NULL,
    PRIMARY KEY (inquiry_id, case_id)
);

-- A committee meeting (e.g. Socialudvalget) and its agenda; an inquiry put forward becomes an item.
CREATE TABLE inquiries.meeting (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee  text   NOT NULL CHECK (length(trim(committee)) > 1 AND length(committee) <= 200),
    meets_on   date   NOT NULL,
    place      text CHECK (length(place) <= 200),
    created_by text   NOT NULL,
    created_at timestamptz NOT NULL,
    UNIQUE (committee, meets_on)
);

CREATE TABLE inquiries.agenda_item (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id  bigint NOT NULL REFERENCES inquiries.meeting (id),
    position    int    NOT NULL CHECK (position > 0),
    title       text   NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 300),
    summary     text   NOT NULL CHECK (length(trim(summary)) > 0 AND length(summary) <= 20000),
    inquiry_id  bigint REFERENCES inquiries.inquiry (id),
    created_by  text   NOT NULL,
    created_at  timestamptz NOT NULL,
    UNIQUE (meeting_id, position),
    UNIQUE (meeting_id, inquiry_id)
);
