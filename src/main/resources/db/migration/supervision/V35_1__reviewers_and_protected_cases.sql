-- Issue 16: a caseworker is never a reviewer (nor an administrator or an outside body), whatever the application does.
CREATE FUNCTION supervision.reviewer_is_lawyer_or_leader() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM organisation.staff s WHERE s.username = NEW.username
            AND s.role IN ('SUPERVISION_LAWYER', 'TEAM_LEADER', 'UNIT_LEADER', 'CENTRE_LEADER')) THEN
        RAISE EXCEPTION 'supervision.reviewer: % is not a supervision lawyer or a leader', NEW.username
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER reviewer_is_lawyer_or_leader BEFORE INSERT OR UPDATE ON supervision.reviewer
    FOR EACH ROW EXECUTE FUNCTION supervision.reviewer_is_lawyer_or_leader();

-- Protected cases a reviewer of the round may not read are left out of the population; the round says how many.
ALTER TABLE supervision.round ADD COLUMN protected_left_out int NOT NULL DEFAULT 0 CHECK (protected_left_out >= 0);
