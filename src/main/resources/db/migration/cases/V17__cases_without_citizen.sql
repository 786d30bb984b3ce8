-- Some cases are about the administration's own work, not a citizen: a supervision round, a request from an
-- oversight body. Only those may lack a primary citizen.
ALTER TABLE cases.case_type ADD COLUMN about_citizen boolean NOT NULL DEFAULT true;
UPDATE cases.case_type SET about_citizen = false WHERE code IN ('SUPERVISION_ROUND', 'OVERSIGHT_REQUEST');

ALTER TABLE cases.case_file ALTER COLUMN primary_citizen_id DROP NOT NULL;

CREATE FUNCTION cases.require_primary_citizen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.primary_citizen_id IS NULL AND (SELECT about_citizen FROM cases.case_type WHERE code = NEW.case_type) THEN
        RAISE EXCEPTION 'a case of type % must have a primary citizen', NEW.case_type;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER case_file_primary_citizen BEFORE INSERT OR UPDATE ON cases.case_file
    FOR EACH ROW EXECUTE FUNCTION cases.require_primary_citizen();
