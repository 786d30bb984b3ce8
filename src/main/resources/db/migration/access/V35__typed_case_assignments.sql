-- Issue 16: an assignment is a typed grant, so that "read-only" and "ends when the round is concluded" can be checked.
--   REVIEW     a supervision lawyer's read of a sampled case, for as long as the round runs
--   FOLLOW_UP  a flag's follow-up owner's read of the flagged case, until the follow-up note is written
--   ROUND_CASE the round's own case (its workbook and result note) for its planner and reviewers
--   WORK       the case of the user's own work (an oversight request's case for its registrar and responsible)
-- REVIEW, FOLLOW_UP and ROUND_CASE are read-only (AccessPolicy); round_id names the round (supervision.round, not
-- referenced: the access module knows no module above it). A grant is never deleted: it ends, and stays as evidence.
ALTER TABLE access.case_assignment
    ADD COLUMN id       bigint GENERATED ALWAYS AS IDENTITY,
    ADD COLUMN kind     text NOT NULL DEFAULT 'WORK' CHECK (kind IN ('REVIEW', 'FOLLOW_UP', 'ROUND_CASE', 'WORK')),
    ADD COLUMN round_id bigint,
    ADD COLUMN ended_at timestamptz;
ALTER TABLE access.case_assignment ALTER COLUMN kind DROP DEFAULT;

-- what the rows so far were: the cases of rounds (the round's own case, or a sampled case for a reviewer) ...
UPDATE access.case_assignment a SET kind = 'ROUND_CASE', round_id = r.id
FROM supervision.round r WHERE r.case_id = a.case_id;
UPDATE access.case_assignment a SET kind = 'REVIEW', round_id = s.round_id,
    ended_at = CASE WHEN r.status IN ('CONCLUDED', 'REPORTED') THEN coalesce(r.concluded_at, now()) END
FROM supervision.sample s JOIN supervision.round r ON r.id = s.round_id
WHERE a.kind = 'WORK' AND s.case_id = a.case_id AND a.reason LIKE 'Ledelsestilsyn:%'
  AND EXISTS (SELECT 1 FROM supervision.reviewer v WHERE v.round_id = s.round_id AND v.username = a.username);
-- ... a sampled case is closed to a caseworker who was named reviewer, whatever the round
UPDATE access.case_assignment a SET ended_at = now()
FROM organisation.staff s WHERE s.username = a.username AND a.kind IN ('REVIEW', 'ROUND_CASE') AND a.ended_at IS NULL
  AND s.role NOT IN ('SUPERVISION_LAWYER', 'TEAM_LEADER', 'UNIT_LEADER', 'CENTRE_LEADER');

ALTER TABLE access.case_assignment DROP CONSTRAINT case_assignment_pkey;
ALTER TABLE access.case_assignment
    ADD PRIMARY KEY (id),
    ADD CHECK ((kind = 'WORK') = (round_id IS NULL)),
    ADD CHECK (ended_at IS NULL OR ended_at >= granted_at);
CREATE UNIQUE INDEX case_assignment_current_idx ON access.case_assignment (username, case_id, kind, coalesce(round_id, 0))
    WHERE ended_at IS NULL;
CREATE INDEX case_assignment_round_idx ON access.case_assignment (round_id) WHERE round_id IS NOT NULL;

-- A grant only ends: its holder, case, kind and round never change, it is never deleted, and an end is not undone.
CREATE FUNCTION access.assignment_only_ends() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW.username <> OLD.username OR NEW.case_id <> OLD.case_id OR NEW.kind <> OLD.kind
       OR NEW.round_id IS DISTINCT FROM OLD.round_id OR NEW.granted_at <> OLD.granted_at OR NEW.reason <> OLD.reason
       OR (OLD.ended_at IS NOT NULL AND NEW.ended_at IS DISTINCT FROM OLD.ended_at) THEN
        RAISE EXCEPTION 'access.case_assignment: a grant can only be ended, once'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER case_assignment_only_ends BEFORE UPDATE OR DELETE ON access.case_assignment
    FOR EACH ROW EXECUTE FUNCTION access.assignment_only_ends();

-- A supervision grant goes to a lawyer or a leader, never to a caseworker, an administrator or an outside body.
CREATE FUNCTION access.review_grant_to_reviewer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind IN ('REVIEW', 'ROUND_CASE') AND NOT EXISTS (SELECT 1 FROM organisation.staff s WHERE s.username = NEW.username
            AND s.role IN ('SUPERVISION_LAWYER', 'TEAM_LEADER', 'UNIT_LEADER', 'CENTRE_LEADER')) THEN
        RAISE EXCEPTION 'access.case_assignment: % grants go to supervision lawyers and leaders only', NEW.kind
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER case_assignment_review_to_reviewer BEFORE INSERT ON access.case_assignment
    FOR EACH ROW EXECUTE FUNCTION access.review_grant_to_reviewer();
