-- A case is not closed while one of the municipality's deadlines on it is open (the cases module asks ClosingCheck
-- first and names them in Danish; this is the backstop against another way in or a race with a new deadline). The
-- citizen's own deadline (the complaint period) runs out by itself and does not hold the case open.
CREATE FUNCTION deadlines.refuse_closing_with_open_deadlines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM deadlines.deadline WHERE case_id = NEW.id AND status = 'OPEN' AND NOT citizen_side) THEN
        RAISE EXCEPTION 'case % has open deadlines and cannot be closed', NEW.case_number USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER case_file_no_closing_with_open_deadlines BEFORE UPDATE OF status ON cases.case_file
    FOR EACH ROW WHEN (NEW.status = 'CLOSED' AND OLD.status <> 'CLOSED')
    EXECUTE FUNCTION deadlines.refuse_closing_with_open_deadlines();
