-- Issue 17 (review): a request's grant belongs to its request, so that it ends with the request (answered, handed
-- over, sign-off cleared) without ending another request's grant on the same case (a round's own case two requests
-- concern). Existing request grants get their request from the reason they were given with ("... anmodning 12 ...").
ALTER TABLE access.case_assignment ADD COLUMN request_id bigint;
-- (the trigger that lets a grant only end does not yet know request_id, so the rows can be given it here)
UPDATE access.case_assignment SET request_id = CAST(substring(reason FROM 'anmodning ([0-9]+)') AS bigint)
WHERE kind IN ('REQUEST_WORK', 'REQUEST_APPROVAL') AND reason ~ 'anmodning [0-9]+';
ALTER TABLE access.case_assignment ADD CONSTRAINT case_assignment_request_check
    CHECK ((kind IN ('REQUEST_WORK', 'REQUEST_APPROVAL')) = (request_id IS NOT NULL)) NOT VALID;

DROP INDEX access.case_assignment_current_idx;
CREATE UNIQUE INDEX case_assignment_current_idx ON access.case_assignment
    (username, case_id, kind, coalesce(round_id, 0), coalesce(request_id, 0)) WHERE ended_at IS NULL;

-- a grant only ends: its request never changes either
CREATE OR REPLACE FUNCTION access.assignment_only_ends() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW.username <> OLD.username OR NEW.case_id <> OLD.case_id OR NEW.kind <> OLD.kind
       OR NEW.round_id IS DISTINCT FROM OLD.round_id OR NEW.request_id IS DISTINCT FROM OLD.request_id
       OR NEW.granted_at <> OLD.granted_at OR NEW.reason <> OLD.reason
       OR (OLD.ended_at IS NOT NULL AND NEW.ended_at IS DISTINCT FROM OLD.ended_at) THEN
        RAISE EXCEPTION 'access.case_assignment: a grant can only be ended, once'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
