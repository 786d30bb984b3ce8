-- Issue 19: each rule version from its own act's entry into force, with the source of that date, instead of every
-- version starting 1 January 1990. A start before a rule's first version is refused with the date it applies from.
-- Where a date could not be confirmed against the text of the act, the source says so.

-- a version's start date may move; the deadlines that used it move with it
DO $$
DECLARE
    fk text;
BEGIN
    SELECT conname INTO fk FROM pg_constraint
    WHERE conrelid = 'deadlines.deadline'::regclass AND confrelid = 'deadlines.rule'::regclass AND contype = 'f';
    EXECUTE format('ALTER TABLE deadlines.deadline DROP CONSTRAINT %I', fk);
END $$;
ALTER TABLE deadlines.deadline ADD CONSTRAINT deadline_rule_version_fk FOREIGN KEY (rule_code, variant, rule_effective_from)
    REFERENCES deadlines.rule (code, variant, effective_from) ON UPDATE CASCADE;

ALTER TABLE deadlines.rule ADD COLUMN source text;

-- Serviceloven (lov nr. 454 af 10/06/1997) and retssikkerhedsloven (lov nr. 453 af 10/06/1997), which replaced
-- bistandsloven in the social reform of 1998
UPDATE deadlines.rule SET effective_from = '1998-07-01',
    source = 'Serviceloven (lov nr. 454 af 10/06/1997), i kraft 1. juli 1998 (ikrafttrædelsesdatoen er ikke bekræftet mod lovteksten her)'
WHERE effective_from = '1990-01-01' AND law LIKE 'Serviceloven%'
  AND code IN ('CHILD_PLAN', 'FOLLOW_UP', 'CHILD_CONVERSATION');
UPDATE deadlines.rule SET effective_from = '1998-07-01',
    source = 'Retssikkerhedsloven (lov nr. 453 af 10/06/1997), i kraft 1. juli 1998 (ikrafttrædelsesdatoen er ikke bekræftet mod lovteksten her)'
WHERE effective_from = '1990-01-01' AND law LIKE 'Retssikkerhedsloven%';

-- the 24-hour assessment came with the 2013 package on abuse (overgrebspakken), in force 1 October 2013
UPDATE deadlines.rule SET effective_from = '2013-10-01',
    source = 'Overgrebspakken (lovforslag L 181, 2012-13), i kraft 1. oktober 2013 (Social- og Boligministeriet: "1. oktober 2013 trådte Overgrebspakken i kraft")'
WHERE code = 'NOTIFICATION_ASSESSMENT' AND effective_from = '1990-01-01';

-- the receipt to a professional notifier within 6 working days (serviceloven § 155 b) came with Barnets Reform
UPDATE deadlines.rule SET effective_from = '2011-01-01',
    source = 'Barnets Reform (lov nr. 628 af 11/06/2010), i kraft 1. januar 2011 (ikke bekræftet mod lovteksten her)'
WHERE code = 'NOTIFIER_RECEIPT' AND effective_from = '1990-01-01';

-- the 4 months for the child assessment (serviceloven § 50, stk. 7) also came with Barnets Reform
UPDATE deadlines.rule SET effective_from = '2011-01-01',
    source = 'Barnets Reform (lov nr. 628 af 11/06/2010), i kraft 1. januar 2011 (ikke bekræftet mod lovteksten her)'
WHERE code = 'CHILD_ASSESSMENT' AND effective_from = '1990-01-01';

-- offentlighedsloven 2013 (lov nr. 606 af 12/06/2013) § 36: 7 working days, from 1 January 2014 (its § 42)
UPDATE deadlines.rule SET effective_from = '2014-01-01',
    source = 'Offentlighedsloven (lov nr. 606 af 12/06/2013) § 42: "Loven træder i kraft den 1. januar 2014."'
WHERE code = 'ACCESS_REQUEST' AND effective_from = '1990-01-01';

-- before it: the 1985 law (lov nr. 572 af 19/12/1985) § 16, stk. 2: a request neither granted nor refused within
-- 10 days of its receipt calls for a letter with the reason and when a decision can be expected. Counted here as
-- calendar days (the act says "dage", not "arbejdsdage"). The catalogue starts with the calendar, 1 January 1990.
INSERT INTO deadlines.rule (code, variant, effective_from, effective_to, name, variant_name, law, trigger_event, unit,
                            amount, moves_to_working_day, suspendable, extendable, explanation, met_by_event, party, source)
SELECT code, variant, '1990-01-01', '2014-01-01', name, variant_name, 'Offentlighedsloven af 1985 § 16, stk. 2',
       trigger_event, 'CALENDAR_DAYS', 10, false, suspendable, extendable,
       'Er anmodningen ikke imødekommet eller afslået inden 10 dage efter modtagelsen, skal den, der har anmodet, have besked om grunden og om, hvornår en afgørelse kan forventes.',
       met_by_event, party,
       'Lov nr. 572 af 19/12/1985 om offentlighed i forvaltningen § 16, stk. 2 (ordlyden gengivet i betænkning nr. 1510/2009, kap. 22); gældende til 31. december 2013. Kataloget begynder med kalenderen 1. januar 1990.'
FROM deadlines.rule WHERE code = 'ACCESS_REQUEST' AND effective_from = '2014-01-01';
-- an access request received before 2014 was under the 1985 law
UPDATE deadlines.deadline SET rule_effective_from = '1990-01-01'
WHERE rule_code = 'ACCESS_REQUEST' AND started_at < '2014-01-01 00:00:00+01';

-- the later versions: from the act that made them
UPDATE deadlines.rule SET source = 'Barnets lov (lov nr. 721 af 13/06/2023), i kraft 1. januar 2024'
WHERE effective_from = '2024-01-01' AND law LIKE 'Barnets lov%' AND source IS NULL;
UPDATE deadlines.rule SET source = 'Barnets lov (lov nr. 721 af 13/06/2023) flyttede børnereglerne fra serviceloven 1. januar 2024'
WHERE effective_from = '2024-01-01' AND source IS NULL;
-- the municipality's own and the oversight bodies' deadlines have no act to start from: they apply from the
-- calendar's first year
UPDATE deadlines.rule SET source = 'Kommunens egen frist (servicemål eller tilsyn); gælder fra kalenderens begyndelse 1. januar 1990'
WHERE effective_from = '1990-01-01' AND source IS NULL AND code IN ('INQUIRY_REPLY', 'SUPERVISION_FOLLOW_UP', 'ACTION_PLAN_ACTION');
UPDATE deadlines.rule SET source = 'Fristen sættes af tilsynsmyndigheden i anmodningen (kommunestyrelsesloven § 65 e); gælder fra kalenderens begyndelse 1. januar 1990'
WHERE effective_from = '1990-01-01' AND source IS NULL AND code = 'OVERSIGHT_ANSWER';

ALTER TABLE deadlines.rule ALTER COLUMN source SET NOT NULL;
ALTER TABLE deadlines.rule ADD CONSTRAINT rule_source_given CHECK (length(trim(source)) > 0);

-- Barnets lov § 95, stk. 2: the first follow-up on a measure is due at the earliest of the end of an assessment run
-- alongside it and three months after it started. A rule version may name an event that, when it happens while its
-- deadline is open, makes the deadline due that day if that is earlier; the change is kept in the history.
ALTER TABLE deadlines.rule ADD COLUMN also_due_at_event text CHECK (also_due_at_event ~ '^[A-Z_]+$');
UPDATE deadlines.rule SET also_due_at_event = 'ASSESSMENT_FINISHED'
WHERE code = 'FOLLOW_UP' AND variant = 'FIRST' AND effective_from = '2024-01-01';

ALTER TABLE deadlines.deadline_change DROP CONSTRAINT deadline_change_kind_check;
ALTER TABLE deadlines.deadline_change ADD CONSTRAINT deadline_change_kind_check
    CHECK (kind IN ('SUSPENDED', 'RESUMED', 'EXTENDED', 'DELAY_LETTER', 'ENDED', 'EARLIER_BY_EVENT'));

-- the complaint period: which days it cannot end on, and when a decision counts as received, with their sources
UPDATE deadlines.rule SET explanation = 'Borgeren kan klage inden 4 uger efter at have modtaget afgørelsen. Falder sidste dag på en lørdag, søndag, helligdag, grundlovsdag, juleaftensdag eller nytårsaftensdag, kan klagen indgives den følgende hverdag (som forældelsesloven § 27, stk. 2; Justitsministeriets vejledning om beregning af klagefrister, VEJ nr. 9533 af 26/06/2018). En afgørelse sendt med Digital Post regnes for modtaget samme dag (lov om Digital Post § 10, nr. 1), med almindelig post 6 omdelingsdage efter, at den er dateret og afsendt (samme vejledning).'
WHERE code = 'COMPLAINT_PERIOD';

-- an explanation says what the rule computes (RuleCatalogueTest reads both for every version)
UPDATE deadlines.rule SET explanation = 'Kommunens eget servicemål: svar på en borgerhenvendelse inden 10 hverdage.'
WHERE code = 'INQUIRY_REPLY';
