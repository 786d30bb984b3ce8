-- Issue 19: an answer sent to an oversight body on a day before it is registered carries that day (answered_at) and,
-- registered more than 2 working days late, the reason.
ALTER TABLE oversight.request ADD COLUMN answer_late_reason text CHECK (length(trim(answer_late_reason)) BETWEEN 1 AND 500);
