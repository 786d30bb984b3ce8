-- A referral may come from a supervision round's flagged case chosen for Ankestyrelsen; a flagged case is sent once.
ALTER TABLE oversight.referral ADD COLUMN round_id bigint;
ALTER TABLE oversight.referral
    ADD CONSTRAINT referral_flag_fk FOREIGN KEY (round_id, case_number) REFERENCES supervision.flag (round_id, case_number);
CREATE UNIQUE INDEX referral_flag_once ON oversight.referral (round_id, case_number) WHERE round_id IS NOT NULL;
ALTER TABLE oversight.referral
    ADD CONSTRAINT referral_finding_fk FOREIGN KEY (supervision_finding_id) REFERENCES supervision.finding (id);
CREATE INDEX referral_case_idx ON oversight.referral (case_id);

-- Bodies are configurable by administrators; who added one and when is kept.
ALTER TABLE oversight.body ADD COLUMN added_by text, ADD COLUMN added_at timestamptz;
ALTER TABLE oversight.body ADD CONSTRAINT body_name_check CHECK (length(trim(name)) BETWEEN 2 AND 200);
ALTER TABLE oversight.body ADD CONSTRAINT body_code_length CHECK (length(code) BETWEEN 2 AND 40);
CREATE UNIQUE INDEX body_name_unique ON oversight.body (lower(name));
