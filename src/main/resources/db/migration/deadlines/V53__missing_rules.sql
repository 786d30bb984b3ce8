-- Issue 19: rules the catalogue lacked. Each with its paragraph, trigger and source. Paragraphs read in LBK nr. 282
-- af 17/03/2025 (barnets lov) as reproduced by lovguiden.dk; see the issue note for what could not be confirmed.

-- A version may name an event that makes its deadline unnecessary: the deadline is then ended with that reason; one
-- that had already run out keeps its breach.
ALTER TABLE deadlines.rule ADD COLUMN ended_by_event text CHECK (ended_by_event ~ '^[A-Z_]+$');
ALTER TABLE deadlines.rule ADD COLUMN ended_by_reason text;
ALTER TABLE deadlines.rule ADD CONSTRAINT rule_ending_has_reason CHECK ((ended_by_event IS NULL) = (ended_by_reason IS NULL));

INSERT INTO deadlines.rule (code, variant, effective_from, effective_to, name, variant_name, law, trigger_event, unit,
                            amount, moves_to_working_day, suspendable, extendable, explanation, met_by_event, party, source,
                            ended_by_event, ended_by_reason) VALUES
-- § 20, stk. 3, 2. pkt.: when the assessment cannot be finished within 4 months, a preliminary assessment is made
-- then and the assessment finished as soon as possible after; before 2024 serviceloven § 50, stk. 7
('PRELIMINARY_ASSESSMENT', 'DEFAULT', '2024-01-01', NULL, 'Foreløbig vurdering', NULL,
 'Barnets lov § 20, stk. 3', 'NEED_BECAME_KNOWN', 'MONTHS', 4, false, false, false,
 'Kan den børnefaglige undersøgelse undtagelsesvis ikke afsluttes inden 4 måneder, skal kommunen udarbejde en foreløbig vurdering og snarest herefter afslutte undersøgelsen.',
 'PRELIMINARY_ASSESSMENT_MADE', 'MUNICIPALITY', 'Barnets lov (lov nr. 721 af 13/06/2023), i kraft 1. januar 2024; § 20, stk. 3, 2. pkt.',
 'ASSESSMENT_FINISHED', 'Undersøgelsen er afsluttet; en foreløbig vurdering er ikke længere nødvendig (barnets lov § 20, stk. 3).'),
('PRELIMINARY_ASSESSMENT', 'DEFAULT', '2011-01-01', '2024-01-01', 'Foreløbig vurdering', NULL,
 'Serviceloven § 50, stk. 7', 'NEED_BECAME_KNOWN', 'MONTHS', 4, false, false, false,
 'Kan den børnefaglige undersøgelse undtagelsesvis ikke afsluttes inden 4 måneder, skal kommunen udarbejde en foreløbig vurdering og snarest herefter afslutte undersøgelsen.',
 'PRELIMINARY_ASSESSMENT_MADE', 'MUNICIPALITY', 'Barnets Reform (lov nr. 628 af 11/06/2010), i kraft 1. januar 2011 (ikke bekræftet mod lovteksten her)',
 'ASSESSMENT_FINISHED', 'Undersøgelsen er afsluttet; en foreløbig vurdering er ikke længere nødvendig (serviceloven § 50, stk. 7).'),
-- § 108, stk. 3: the young person's plan (ungeplan) within 3 months of turning 16, or of the decision on a measure
-- for a young person of 16 or more (stk. 2); stk. 4 (a placement without consent: before the decision) is the
-- decision's own gate
('YOUNG_PERSON_PLAN', 'TURNED_SIXTEEN', '2024-01-01', NULL, 'Ungeplan', 'Den unge er fyldt 16 år',
 'Barnets lov § 108, stk. 3', 'TURNED_SIXTEEN', 'MONTHS', 3, false, false, false,
 'En ungeplan skal foreligge senest 3 måneder efter, at den unge er fyldt 16 år.',
 'YOUNG_PERSON_PLAN_MADE', 'MUNICIPALITY', 'Barnets lov (lov nr. 721 af 13/06/2023), i kraft 1. januar 2024; § 108, stk. 3', NULL, NULL),
('YOUNG_PERSON_PLAN', 'DECISION', '2024-01-01', NULL, 'Ungeplan', 'Afgørelse om indsats til en ung over 16 år',
 'Barnets lov § 108, stk. 3', 'YOUNG_PERSON_DECISION_MADE', 'MONTHS', 3, false, false, false,
 'En ungeplan skal foreligge senest 3 måneder efter, at der er truffet afgørelse om indsatsen.',
 'YOUNG_PERSON_PLAN_MADE', 'MUNICIPALITY', 'Barnets lov (lov nr. 721 af 13/06/2023), i kraft 1. januar 2024; § 108, stk. 2-3', NULL, NULL);
