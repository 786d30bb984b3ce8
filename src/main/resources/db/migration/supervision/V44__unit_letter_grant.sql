-- Issue 17 review (S1): a unit leader reaches the round's own case only for the unit's letter. UNIT_LETTER is read-only
-- and lets its holder read bundle documents in the case (AccessPolicy), never the case itself or its other documents;
-- it ends when the unit acknowledges the letter. round_id names the round (the round check's ELSE branch).
ALTER TABLE access.case_assignment DROP CONSTRAINT case_assignment_kind_check;
ALTER TABLE access.case_assignment ADD CONSTRAINT case_assignment_kind_check
    CHECK (kind IN ('REVIEW', 'FOLLOW_UP', 'ROUND_CASE', 'REFERRAL', 'WORK', 'REQUEST_WORK', 'REQUEST_APPROVAL', 'UNIT_LETTER'));

-- the letter goes to a unit's leader only
CREATE FUNCTION access.unit_letter_to_unit_leader() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind = 'UNIT_LETTER' AND NOT EXISTS (SELECT 1 FROM organisation.staff s WHERE s.username = NEW.username
            AND s.role = 'UNIT_LEADER') THEN
        RAISE EXCEPTION 'access.case_assignment: UNIT_LETTER grants go to unit leaders only'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER case_assignment_unit_letter_to_leader BEFORE INSERT ON access.case_assignment
    FOR EACH ROW EXECUTE FUNCTION access.unit_letter_to_unit_leader();
