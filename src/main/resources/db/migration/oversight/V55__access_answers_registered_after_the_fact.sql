-- Issue 19: an aktindsigt answer given before it is registered carries that day (answered_at) and, registered more
-- than 2 working days late, the reason.
ALTER TABLE oversight.access_request ADD COLUMN answer_late_reason text CHECK (length(trim(answer_late_reason)) BETWEEN 1 AND 500);
