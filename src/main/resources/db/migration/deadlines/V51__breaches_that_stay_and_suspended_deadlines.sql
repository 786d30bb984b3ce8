-- Issue 19: a deadline already overdue cannot be suspended, extended or ended so that its breach disappears. The
-- moment it was first missed is kept; once kept, meeting it later counts as late (MET_LATE) in every statistic,
-- whatever the due moment became.
ALTER TABLE deadlines.deadline ADD COLUMN breached_at timestamptz;

-- the breaches already hidden by a change made when the deadline had run out
UPDATE deadlines.deadline d SET breached_at = first.old_due_at
FROM (SELECT DISTINCT ON (deadline_id) deadline_id, old_due_at FROM deadlines.deadline_change
      WHERE kind IN ('SUSPENDED', 'EXTENDED', 'DELAY_LETTER', 'ENDED') AND changed_at >= old_due_at
      ORDER BY deadline_id, id) first
WHERE first.deadline_id = d.id AND NOT d.citizen_side;
UPDATE deadlines.deadline SET status = 'MET_LATE' WHERE status = 'MET' AND breached_at IS NOT NULL;

ALTER TABLE deadlines.deadline ADD CONSTRAINT deadline_breach_not_met_in_time CHECK (breached_at IS NULL OR status <> 'MET');
