-- Issue 17: grants that follow from an oversight request.
--   REQUEST_WORK      the request's responsible: read and journal in the request's own case, and in the round's own
--                     case when the request concerns a round (round_id then names it)
--   REQUEST_APPROVAL  the leader who signs the answer off: reads the request's case (and the cover letter in it)
ALTER TABLE access.case_assignment DROP CONSTRAINT case_assignment_kind_check;
ALTER TABLE access.case_assignment ADD CONSTRAINT case_assignment_kind_check
    CHECK (kind IN ('REVIEW', 'FOLLOW_UP', 'ROUND_CASE', 'REFERRAL', 'WORK', 'REQUEST_WORK', 'REQUEST_APPROVAL'));

-- V35's "(kind = 'WORK') = (round_id IS NULL)" is replaced: a request's grant has a round only in a round's case
DO $$
DECLARE
    c text;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint WHERE conrelid = 'access.case_assignment'::regclass AND contype = 'c'
             AND pg_get_constraintdef(oid) LIKE '%round_id IS NULL%' AND pg_get_constraintdef(oid) LIKE '%WORK%' LOOP
        EXECUTE format('ALTER TABLE access.case_assignment DROP CONSTRAINT %I', c);
    END LOOP;
END $$;
ALTER TABLE access.case_assignment ADD CONSTRAINT case_assignment_round_check
    CHECK (CASE WHEN kind = 'WORK' THEN round_id IS NULL
                WHEN kind IN ('REQUEST_WORK', 'REQUEST_APPROVAL') THEN true
                ELSE round_id IS NOT NULL END);

-- a request's grant goes to the administration's own staff, never to an outside body
CREATE FUNCTION access.request_grant_to_staff() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind IN ('REQUEST_WORK', 'REQUEST_APPROVAL') AND NOT EXISTS (SELECT 1 FROM organisation.staff s
            WHERE s.username = NEW.username AND s.role NOT IN ('OMBUDSMAN', 'APPEALS_BOARD')) THEN
        RAISE EXCEPTION 'access.case_assignment: % grants go to the administration''s staff only', NEW.kind
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER case_assignment_request_to_staff BEFORE INSERT ON access.case_assignment
    FOR EACH ROW EXECUTE FUNCTION access.request_grant_to_staff();
