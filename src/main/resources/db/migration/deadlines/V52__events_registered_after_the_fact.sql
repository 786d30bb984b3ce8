-- Issue 19: an event is dated when it happened, which may lie before it is registered; registered more than 2
-- working days late it carries the reason, kept with it and counted in the statistics ("registreret for sent").
-- (An event another module establishes, such as the day a posted decision counts as received, may lie ahead.)
ALTER TABLE deadlines.case_event
    ADD COLUMN late_reason text CHECK (length(trim(late_reason)) BETWEEN 1 AND 500);
