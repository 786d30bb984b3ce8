-- Some deadlines in the catalogue are the citizen's, not the municipality's: the period to complain about a
-- decision (retssikkerhedsloven § 67) runs out without anybody missing anything. They show on the case, but not on
-- worklists, in warnings or in the statistics of deadlines met.
ALTER TABLE deadlines.rule ADD COLUMN party text NOT NULL DEFAULT 'MUNICIPALITY' CHECK (party IN ('MUNICIPALITY', 'CITIZEN'));
UPDATE deadlines.rule SET party = 'CITIZEN' WHERE code = 'COMPLAINT_PERIOD';

ALTER TABLE deadlines.deadline ADD COLUMN citizen_side boolean NOT NULL DEFAULT false;
UPDATE deadlines.deadline SET citizen_side = true WHERE rule_code = 'COMPLAINT_PERIOD';

DROP INDEX deadlines.deadline_caseworker_open_idx;
DROP INDEX deadlines.deadline_unit_open_idx;
CREATE INDEX deadline_caseworker_open_idx ON deadlines.deadline (caseworker_id, due_at) WHERE status = 'OPEN' AND NOT citizen_side;
CREATE INDEX deadline_unit_open_idx ON deadlines.deadline (unit_id, due_at) WHERE status = 'OPEN' AND NOT citizen_side;
