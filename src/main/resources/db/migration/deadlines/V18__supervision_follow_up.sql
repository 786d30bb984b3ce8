-- The follow-up on a case flagged for special attention in a supervision round: the due date is set by the
-- reviewer when flagging (local rule of the management supervision).
INSERT INTO deadlines.rule (code, variant, effective_from, effective_to, name, variant_name, law, trigger_event, unit,
                            amount, moves_to_working_day, suspendable, extendable, explanation, met_by_event) VALUES
('SUPERVISION_FOLLOW_UP', 'DEFAULT', '1990-01-01', NULL, 'Opfølgning på sag med særlig opmærksomhed', NULL,
 'Ledelsestilsyn (lokal regel)', 'CASE_FLAGGED', 'SET_PER_CASE', NULL, false, false, true,
 'Sagen er udpeget til særlig opmærksomhed i et ledelsestilsyn; opfølgningen skal være gjort og beskrevet i et opfølgningsnotat inden den fastsatte dato.',
 'FLAG_FOLLOWED_UP');
