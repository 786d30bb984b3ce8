-- Issue 19: a reconsideration done before it is registered carries that day (reconsidered_on) and, registered more
-- than 2 working days late, the reason.
ALTER TABLE oversight.complaint ADD COLUMN reconsideration_late_reason text
    CHECK (length(trim(reconsideration_late_reason)) BETWEEN 1 AND 500);
