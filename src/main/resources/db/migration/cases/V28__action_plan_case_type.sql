-- An improvement action plan is the administration's own work, journaled in its own case.
INSERT INTO cases.case_type (code, name, kle, area, sort, about_citizen) VALUES
    ('ACTION_PLAN', 'Handleplan for forbedring', '27.00.00', 'GENERAL', 140, false);
