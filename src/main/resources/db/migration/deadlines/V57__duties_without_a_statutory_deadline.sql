-- Issue 19: two duties after a notification that the law states without a deadline. The text read (barnets lov
-- LBK nr. 282 af 17/03/2025, § 137, stk. 3; the guidance on § 138, VEJ nr. 9471 af 21/06/2024) says what must be
-- done but not by when. So that they still reach a worklist and cannot be forgotten, each is due after the
-- municipality's own limit, set in its procedure for notifications (barnets lov § 136 requires a procedure that
-- ensures timely and systematic follow-up of every notification). An administrator changes the limit from a date;
-- the installation's values are a starting point, marked as such.

-- a rule whose length the municipality sets for itself, in deadlines.local_limit
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT conname FROM pg_constraint
             WHERE conrelid = 'deadlines.rule'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%SET_PER_CASE%'
    LOOP
        EXECUTE format('ALTER TABLE deadlines.rule DROP CONSTRAINT %I', c.conname);
    END LOOP;
END $$;
ALTER TABLE deadlines.rule ADD CONSTRAINT rule_unit_known CHECK (unit IN ('HOURS', 'CALENDAR_DAYS', 'WORKING_DAYS', 'WEEKS',
    'MONTHS', 'BEFORE_DECISION', 'SET_PER_CASE', 'PUBLISHED_LIMIT', 'LOCAL_LIMIT'));
ALTER TABLE deadlines.rule ADD CONSTRAINT rule_amount_when_counted CHECK (
    (unit IN ('BEFORE_DECISION', 'SET_PER_CASE', 'PUBLISHED_LIMIT', 'LOCAL_LIMIT')) = (amount IS NULL));

CREATE TABLE deadlines.local_limit (
    rule_code      text NOT NULL CHECK (rule_code ~ '^[A-Z_]+$'),
    effective_from date NOT NULL,
    unit           text NOT NULL CHECK (unit IN ('WORKING_DAYS', 'WEEKS', 'MONTHS')),
    amount         int  NOT NULL CHECK (amount BETWEEN 1 AND 520),
    reason         text NOT NULL CHECK (length(trim(reason)) > 0),
    decided_by     text,
    decided_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (rule_code, effective_from)
);
-- a limit is a decision the municipality has taken: it is kept, and a change is a new version from a date
CREATE TRIGGER local_limit_append_only BEFORE UPDATE OR DELETE ON deadlines.local_limit
    FOR EACH ROW EXECUTE FUNCTION deadlines.refuse_change();

INSERT INTO deadlines.rule (code, variant, effective_from, effective_to, name, variant_name, law, trigger_event, unit,
                            amount, moves_to_working_day, suspendable, extendable, explanation, met_by_event, party, source) VALUES
-- § 137, stk. 3: a notification of abuse calls for a conversation with the child, without the custody holder's
-- consent or presence when the abuse is by the parents; stk. 4: it may be left out where the child's maturity or
-- the nature of the case speaks against it (the deadline is then ended with that reason). Before 2024 serviceloven
-- § 155 a, stk. 2, from the 2013 package on abuse.
('ABUSE_CONVERSATION', 'DEFAULT', '2024-01-01', NULL, 'Samtale med barnet efter underretning om overgreb', NULL,
 'Barnets lov § 137, stk. 3', 'NOTIFICATION_CONCERNS_ABUSE', 'LOCAL_LIMIT', NULL, false, false, false,
 'Ved underretning om overgreb skal der finde en samtale sted med barnet eller den unge; er overgrebet begået af forældrene, uden samtykke fra og uden tilstedeværelse af forældremyndighedsindehaveren. Samtalen kan undlades, hvis barnets modenhed eller sagens karakter taler imod (stk. 4); afslut da fristen med begrundelsen. Loven fastsætter ingen frist: fristen er kommunens egen efter dens procedure for behandling af underretninger (§ 136).',
 'CHILD_CONVERSATION_HELD', 'MUNICIPALITY',
 'Barnets lov (lov nr. 721 af 13/06/2023), i kraft 1. januar 2024; § 137, stk. 3-4 (LBK nr. 282 af 17/03/2025). Ingen lovbestemt frist; længden er kommunens egen.'),
('ABUSE_CONVERSATION', 'DEFAULT', '2013-10-01', '2024-01-01', 'Samtale med barnet efter underretning om overgreb', NULL,
 'Serviceloven § 155 a, stk. 2', 'NOTIFICATION_CONCERNS_ABUSE', 'LOCAL_LIMIT', NULL, false, false, false,
 'Ved underretning om overgreb skal der finde en samtale sted med barnet eller den unge, om nødvendigt uden samtykke fra forældremyndighedsindehaveren. Samtalen kan undlades, hvis barnets modenhed eller sagens karakter taler imod; afslut da fristen med begrundelsen. Loven fastsætter ingen frist: fristen er kommunens egen efter dens procedure for behandling af underretninger.',
 'CHILD_CONVERSATION_HELD', 'MUNICIPALITY',
 'Overgrebspakken (lovforslag L 181, 2012-13), i kraft 1. oktober 2013 (Socialstyrelsen, "Lovgrundlag til Overgrebspakken": "Ved underretning om overgreb skal der gennemføres en separat børnesamtale (Lov om social service § 155 a., stk. 2)"). Ingen lovbestemt frist; længden er kommunens egen.'),
-- § 138 (the guidance's chapter on the duty to notify, VEJ nr. 9471, covers §§ 132-135 and 138): a professional
-- who notified is told whether the notification led to an assessment or a measure. Started by the receipt sent to a
-- professional notifier (§ 138's other duty, 6 working days), which is what makes the notifier a professional one.
-- Before 2024 serviceloven § 155 b, stk. 2.
('NOTIFIER_NOTICE', 'DEFAULT', '2024-01-01', NULL, 'Orientering af fagperson, der har underrettet', NULL,
 'Barnets lov § 138, stk. 2', 'RECEIPT_SENT', 'LOCAL_LIMIT', NULL, false, false, false,
 'En fagperson, der har underrettet, skal orienteres om, hvorvidt underretningen har ført til, at der er iværksat en undersøgelse eller en indsats. Fristen løber fra kvitteringen til fagpersonen. Loven fastsætter ingen frist: fristen er kommunens egen efter dens procedure for behandling af underretninger (§ 136).',
 'NOTIFIER_INFORMED', 'MUNICIPALITY',
 'Barnets lov (lov nr. 721 af 13/06/2023), i kraft 1. januar 2024; § 138 (paragraffen efter VEJ nr. 9471 af 21/06/2024, kap. 1; stk. 2 er ikke bekræftet mod lovteksten her). Ingen lovbestemt frist; længden er kommunens egen.'),
('NOTIFIER_NOTICE', 'DEFAULT', '2013-10-01', '2024-01-01', 'Orientering af fagperson, der har underrettet', NULL,
 'Serviceloven § 155 b, stk. 2', 'RECEIPT_SENT', 'LOCAL_LIMIT', NULL, false, false, false,
 'En fagperson, der har underrettet, skal orienteres om, hvorvidt underretningen har ført til, at der er iværksat en undersøgelse eller foranstaltninger. Fristen løber fra kvitteringen til fagpersonen. Loven fastsætter ingen frist: fristen er kommunens egen efter dens procedure for behandling af underretninger.',
 'NOTIFIER_INFORMED', 'MUNICIPALITY',
 'Overgrebspakken (lovforslag L 181, 2012-13), i kraft 1. oktober 2013 (Socialstyrelsen, "Lovgrundlag til Overgrebspakken": "Kommunen skal orientere fagpersoner, der underretter, om hvorvidt underretningen har ført til iværksættelse af en undersøgelse eller foranstaltninger (Lov om social service § 155 b., stk. 2)"). Ingen lovbestemt frist; længden er kommunens egen.');

INSERT INTO deadlines.local_limit (rule_code, effective_from, unit, amount, reason) VALUES
('ABUSE_CONVERSATION', '2013-10-01', 'WORKING_DAYS', 5,
 'Installationens udgangspunkt: samtalen holdes hurtigt efter underretningen. Kommunen fastsætter sin egen frist i sin procedure for behandling af underretninger.'),
('NOTIFIER_NOTICE', '2013-10-01', 'WEEKS', 4,
 'Installationens udgangspunkt: fagpersonen orienteres, når kommunen har vurderet, om der skal iværksættes en undersøgelse eller indsats. Kommunen fastsætter sin egen frist i sin procedure for behandling af underretninger.');
