-- The case type, copied like unit and caseworker, so statistics per case type need no join across modules.
ALTER TABLE deadlines.deadline ADD COLUMN case_type text;
UPDATE deadlines.deadline d SET case_type = f.case_type FROM cases.case_file f WHERE f.id = d.case_id;
CREATE INDEX deadline_stats_idx ON deadlines.deadline (unit_id, case_type, started_at);
