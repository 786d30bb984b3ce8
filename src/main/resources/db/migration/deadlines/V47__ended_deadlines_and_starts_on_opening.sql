-- A deadline that no longer applies (the notification was withdrawn, the case moved to another municipality, the
-- application was withdrawn) is ended with a reason instead of met: ENDED ("Bortfaldet"). It leaves the worklists and
-- the statistics of deadlines met; met_at is the moment it left the open state, and the reason, who and when are
-- kept in deadline_change as kind ENDED.
ALTER TABLE deadlines.deadline DROP CONSTRAINT deadline_status_check;
ALTER TABLE deadlines.deadline ADD CONSTRAINT deadline_status_check CHECK (status IN ('OPEN', 'MET', 'MET_LATE', 'ENDED'));

ALTER TABLE deadlines.deadline_change DROP CONSTRAINT deadline_change_kind_check;
ALTER TABLE deadlines.deadline_change ADD CONSTRAINT deadline_change_kind_check
    CHECK (kind IN ('SUSPENDED', 'RESUMED', 'EXTENDED', 'DELAY_LETTER', 'ENDED'));

-- The event that opening a case of each type is: the law's trigger, from the time the municipality received what
-- opened the case. Types without a row start nothing by themselves (a measure starts its follow-up when it begins).
CREATE TABLE deadlines.case_type_start (
    case_type     text PRIMARY KEY CHECK (case_type ~ '^[A-Z_]+$'),
    trigger_event text NOT NULL CHECK (trigger_event ~ '^[A-Z_]+$')
);
INSERT INTO deadlines.case_type_start (case_type, trigger_event) VALUES
    ('NOTIFICATION',     'NOTIFICATION_RECEIVED'),   -- Barnets lov §§ 136, 138 (24-hour assessment, receipt)
    ('CHILD_ASSESSMENT', 'NEED_BECAME_KNOWN'),       -- Barnets lov § 20, stk. 3 (4 months)
    ('ACCESS_REQUEST',   'ACCESS_REQUEST_RECEIVED'), -- offentlighedsloven § 36, stk. 2 (7 working days)
    ('COMPLAINT',        'COMPLAINT_RECEIVED'),      -- retssikkerhedsloven § 66 (reconsideration in 4 weeks)
    ('INQUIRY',          'INQUIRY_RECEIVED'),        -- the municipality's service target
    ('HOUSING_OFFER',    'APPLICATION_RECEIVED'),    -- retssikkerhedsloven § 3, stk. 2 (published limit)
    ('PERSONAL_HELP',    'APPLICATION_RECEIVED'),
    ('SUPPORT_CONTACT',  'APPLICATION_RECEIVED');

-- The start from a case's opening happens once per case, however often the event is delivered.
ALTER TABLE deadlines.case_event ADD COLUMN opens_case boolean NOT NULL DEFAULT false;
CREATE UNIQUE INDEX case_event_one_opening ON deadlines.case_event (case_id) WHERE opens_case;
