-- A letter telling the citizen that the published processing-time limit cannot be met (retssikkerhedsloven § 3,
-- stk. 2): it moves the expected date and is kept in the deadline's history.
ALTER TABLE deadlines.deadline_change DROP CONSTRAINT deadline_change_kind_check;
ALTER TABLE deadlines.deadline_change ADD CONSTRAINT deadline_change_kind_check
    CHECK (kind IN ('SUSPENDED', 'RESUMED', 'EXTENDED', 'DELAY_LETTER'));
ALTER TABLE deadlines.deadline ADD COLUMN delay_letter_at timestamptz;
