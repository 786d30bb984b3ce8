-- A caseworker who leaves cannot be deactivated while holding open work (the handover module checks first and shows
-- what must be handed over; this is the backstop against a race with a new assignment).
CREATE SCHEMA handover;

CREATE FUNCTION handover.refuse_deactivation_with_open_work() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM cases.case_file WHERE caseworker_id = NEW.id AND status = 'OPEN')
       OR EXISTS (SELECT 1 FROM deadlines.deadline WHERE caseworker_id = NEW.id AND status = 'OPEN' AND NOT citizen_side)
       OR EXISTS (SELECT 1 FROM inquiries.inquiry WHERE assignee_id = NEW.id AND status = 'OPEN')
       OR EXISTS (SELECT 1 FROM oversight.request WHERE responsible = NEW.username AND status = 'OPEN')
       OR EXISTS (SELECT 1 FROM supervision.flag WHERE owner = NEW.username AND followed_up_at IS NULL) THEN
        RAISE EXCEPTION 'staff % holds open work and cannot be deactivated', NEW.username USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER staff_no_deactivation_with_open_work BEFORE UPDATE OF active ON organisation.staff
    FOR EACH ROW WHEN (OLD.active AND NOT NEW.active) EXECUTE FUNCTION handover.refuse_deactivation_with_open_work();

-- A handover: who left or moved, who did it, when, and how many items went to whom (the details are in each module's
-- own history: caseworker changes, deadline owner changes, the timeline).
CREATE TABLE handover.handover (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    from_staff  bigint NOT NULL,
    unit_id     bigint NOT NULL,
    cases       int    NOT NULL CHECK (cases >= 0),
    requests    int    NOT NULL CHECK (requests >= 0),
    follow_ups  int    NOT NULL CHECK (follow_ups >= 0),
    deadlines   int    NOT NULL CHECK (deadlines >= 0),
    handed_by   text   NOT NULL,
    handed_at   timestamptz NOT NULL
);
