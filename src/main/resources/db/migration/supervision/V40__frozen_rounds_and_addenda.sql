-- Issue 17: who took part in choosing a flagged case for Ankestyrelsen, and when the case was sent there; a case that
-- has been sent cannot be un-chosen (the referral stands in oversight.referral).
ALTER TABLE supervision.flag
    ADD COLUMN choice_note text CHECK (choice_note IS NULL OR length(choice_note) <= 2000),
    ADD COLUMN sent_to_appeals_board_at timestamptz,
    ADD CONSTRAINT flag_sent_is_chosen CHECK (sent_to_appeals_board_at IS NULL OR chosen_for_appeals_board);

-- A correction after a round is concluded is an addendum: recorded once, never changed, journaled as its own document.
CREATE TABLE supervision.addendum (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id        bigint NOT NULL REFERENCES supervision.round (id),
    seq             int    NOT NULL CHECK (seq >= 1),
    case_number     text,
    text            text   NOT NULL CHECK (length(trim(text)) BETWEEN 10 AND 10000),
    document_number text   NOT NULL,
    created_by      text   NOT NULL,
    created_at      timestamptz NOT NULL,
    UNIQUE (round_id, seq),
    FOREIGN KEY (round_id, case_number) REFERENCES supervision.sample (round_id, case_number)
);

CREATE FUNCTION supervision.addendum_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Et tillæg til et tilsyn kan ikke ændres eller slettes';
END $$;
CREATE TRIGGER addendum_is_append_only BEFORE UPDATE OR DELETE ON supervision.addendum
    FOR EACH ROW EXECUTE FUNCTION supervision.addendum_is_append_only();

-- A round is frozen once concluded: no answer, exclusion, flag or finding can be added to it.
CREATE FUNCTION supervision.round_is_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM supervision.round r WHERE r.id = NEW.round_id AND r.status IN ('CONCLUDED', 'REPORTED')) THEN
        RAISE EXCEPTION 'Tilsyn % er afsluttet; en rettelse er et tillæg', NEW.round_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER answer_round_is_open BEFORE INSERT OR UPDATE ON supervision.answer
    FOR EACH ROW EXECUTE FUNCTION supervision.round_is_open();
CREATE TRIGGER flag_round_is_open BEFORE INSERT ON supervision.flag
    FOR EACH ROW EXECUTE FUNCTION supervision.round_is_open();
CREATE TRIGGER finding_round_is_open BEFORE INSERT ON supervision.finding
    FOR EACH ROW EXECUTE FUNCTION supervision.round_is_open();
