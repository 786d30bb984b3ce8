-- Issue 20: a decision Digital Post could not deliver has not reached the party, and the complaint period has not
-- started. It goes on the sender's worklist, due the next working day, to be sent another way (by post or by hand),
-- and is met when the decision is received.
INSERT INTO deadlines.rule (code, variant, effective_from, effective_to, name, variant_name, law, trigger_event, unit,
                            amount, moves_to_working_day, suspendable, extendable, explanation, met_by_event, party, source) VALUES
('DECISION_UNDELIVERED', 'DEFAULT', '1990-01-01', NULL, 'Afgørelse ikke leveret', NULL,
 'Kommunens egen frist (levering af afgørelser)', 'DELIVERY_FAILED', 'SET_PER_CASE', NULL, false, false, true,
 'Digital Post kunne ikke levere afgørelsen, så den er ikke kommet frem til parten, og klagefristen er ikke begyndt. Send den på anden måde senest næste hverdag, og registrér hvornår den blev sendt og modtaget.',
 'DECISION_RECEIVED', 'MUNICIPALITY',
 'Kommunens egen frist: en afgørelse skal komme frem til parten, før den har virkning og klagefristen løber (retssikkerhedsloven § 67); gælder fra kalenderens begyndelse 1. januar 1990');
