-- An action of an improvement action plan: the owner's due date is set when the action is assigned (local decision).
INSERT INTO deadlines.rule (code, variant, effective_from, effective_to, name, variant_name, law, trigger_event, unit,
                            amount, moves_to_working_day, suspendable, extendable, explanation, met_by_event) VALUES
('ACTION_PLAN_ACTION', 'DEFAULT', '1990-01-01', NULL, 'Handling i handleplan', NULL,
 'Handleplan (lokal beslutning)', 'ACTION_ASSIGNED', 'SET_PER_CASE', NULL, false, false, true,
 'Handlingen er en del af forvaltningens handleplan; den ansvarlige gennemfører den inden den fastsatte dato.',
 'ACTION_DONE');
