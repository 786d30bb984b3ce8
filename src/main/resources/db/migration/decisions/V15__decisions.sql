CREATE SCHEMA decisions;

-- The legal bases a decision can rest on, versioned like the deadline rules: the children's parts of Serviceloven
-- moved to Barnets lov (LOV nr 721 af 13/06/2023) on 1 January 2024. Paragraphs and the complaint route are data
-- so that a correction is one change. `paragraph` is what the reasons must cite (forvaltningsloven § 24, stk. 1).
CREATE TABLE decisions.legal_basis (
    code             text NOT NULL CHECK (code ~ '^[A-Z0-9_]+$'),
    effective_from   date NOT NULL,
    effective_to     date,
    name             text NOT NULL,
    law              text NOT NULL,
    paragraph        text NOT NULL,
    area             text NOT NULL CHECK (area IN ('CHILDREN', 'ADULTS')),
    measure_category text NOT NULL CHECK (measure_category IN ('PREVENTIVE', 'PLACEMENT_WITH_CONSENT',
                                              'PLACEMENT_WITHOUT_CONSENT', 'ADULT_HOUSING', 'ADULT_SUPPORT')),
    consent_law      text,
    complaint_body   text NOT NULL,
    -- whether the municipality reconsiders a complaint before it goes on (retssikkerhedsloven § 66); not for
    -- decisions of the children and young people's committee
    reconsideration  boolean NOT NULL,
    sort             int  NOT NULL,
    PRIMARY KEY (code, effective_from),
    CHECK (effective_to IS NULL OR effective_to > effective_from)
);

INSERT INTO decisions.legal_basis (code, effective_from, effective_to, name, law, paragraph, area, measure_category,
                                   consent_law, complaint_body, reconsideration, sort) VALUES
('SEL_52', '1990-01-01', '2024-01-01', 'Forebyggende foranstaltning', 'Serviceloven § 52, stk. 3', '§ 52', 'CHILDREN',
 'PREVENTIVE', 'Serviceloven § 52, stk. 1', 'Ankestyrelsen', true, 10),
('SEL_52_ANBRINGELSE', '1990-01-01', '2024-01-01', 'Anbringelse uden for hjemmet med samtykke', 'Serviceloven § 52, stk. 3, nr. 7',
 '§ 52', 'CHILDREN', 'PLACEMENT_WITH_CONSENT', 'Serviceloven § 52, stk. 1 (forældremyndighedsindehaveren og den unge over 15 år)',
 'Ankestyrelsen', true, 20),
('SEL_58', '1990-01-01', '2024-01-01', 'Anbringelse uden for hjemmet uden samtykke', 'Serviceloven § 58', '§ 58', 'CHILDREN',
 'PLACEMENT_WITHOUT_CONSENT', NULL, 'Ankestyrelsen', false, 30),
('BL_32', '2024-01-01', NULL, 'Forebyggende indsats', 'Barnets lov § 32', '§ 32', 'CHILDREN', 'PREVENTIVE',
 'Barnets lov § 32 (forældremyndighedsindehaveren)', 'Ankestyrelsen', true, 10),
('BL_46', '2024-01-01', NULL, 'Anbringelse uden for hjemmet med samtykke', 'Barnets lov § 46', '§ 46', 'CHILDREN',
 'PLACEMENT_WITH_CONSENT', 'Barnets lov § 46 (forældremyndighedsindehaveren og den unge over 15 år)', 'Ankestyrelsen', true, 20),
('BL_47', '2024-01-01', NULL, 'Anbringelse uden for hjemmet uden samtykke', 'Barnets lov § 47', '§ 47', 'CHILDREN',
 'PLACEMENT_WITHOUT_CONSENT', NULL, 'Ankestyrelsen', false, 30),
('SEL_83', '1990-01-01', NULL, 'Personlig hjælp og pleje', 'Serviceloven § 83', '§ 83', 'ADULTS', 'ADULT_SUPPORT', NULL,
 'Ankestyrelsen', true, 40),
('SEL_85', '1990-01-01', NULL, 'Socialpædagogisk støtte', 'Serviceloven § 85', '§ 85', 'ADULTS', 'ADULT_SUPPORT', NULL,
 'Ankestyrelsen', true, 50),
('SEL_99', '1990-01-01', NULL, 'Støtte- og kontaktperson', 'Serviceloven § 99', '§ 99', 'ADULTS', 'ADULT_SUPPORT', NULL,
 'Ankestyrelsen', true, 60),
('SEL_107', '1990-01-01', NULL, 'Midlertidigt botilbud', 'Serviceloven § 107', '§ 107', 'ADULTS', 'ADULT_HOUSING', NULL,
 'Ankestyrelsen', true, 70),
('SEL_108', '1990-01-01', NULL, 'Længerevarende botilbud', 'Serviceloven § 108', '§ 108', 'ADULTS', 'ADULT_HOUSING', NULL,
 'Ankestyrelsen', true, 80);

-- The legal gates a decision must pass before it is sent. What each gate checks is code (GateEvaluator); where it
-- comes from, whether it can be exempted and from what age it applies are data, versioned by effective date.
CREATE TABLE decisions.gate_rule (
    code           text NOT NULL CHECK (code IN ('HEARING', 'REASONS', 'COMPLAINT_GUIDANCE', 'CHILD_CONVERSATION',
                                                  'YOUNG_PERSON_HEARD', 'CONSENT', 'CHILD_PLAN', 'HOUSING_WISH')),
    effective_from date NOT NULL,
    effective_to   date,
    name           text NOT NULL,
    law            text NOT NULL,
    explanation    text NOT NULL,
    -- the paragraph that allows an exemption with reasons; null: the gate cannot be exempted
    exemption_law  text,
    min_age        int CHECK (min_age > 0),
    sort           int  NOT NULL,
    PRIMARY KEY (code, effective_from),
    CHECK (effective_to IS NULL OR effective_to > effective_from)
);

INSERT INTO decisions.gate_rule (code, effective_from, effective_to, name, law, explanation, exemption_law, min_age, sort) VALUES
('HEARING', '1990-01-01', NULL, 'Partshøring', 'Forvaltningsloven § 19',
 'Parten skal høres over oplysninger til ugunst, før der træffes afgørelse: høringsbrevet er sendt, og svaret er modtaget eller svarfristen udløbet.',
 'Forvaltningsloven § 19, stk. 2', NULL, 10),
('REASONS', '1990-01-01', NULL, 'Begrundelse', 'Forvaltningsloven §§ 22-24',
 'Afgørelsen skal begrundes med de faktiske forhold, den konkrete og individuelle vurdering og henvisning til de retsregler, den bygger på.',
 NULL, NULL, 20),
('COMPLAINT_GUIDANCE', '1990-01-01', NULL, 'Klagevejledning', 'Forvaltningsloven § 25; retssikkerhedsloven §§ 66-67',
 'Afgørelsen skal have klagevejledning: hvor der klages, klagefristen på 4 uger, og at klagen sendes til kommunen først.',
 NULL, NULL, 30),
('CHILD_CONVERSATION', '1990-01-01', '2024-01-01', 'Børnesamtale', 'Serviceloven § 48',
 'Der skal have været en samtale med barnet eller den unge før afgørelsen. Den kan kun undlades i ganske særlige tilfælde, og det skal begrundes.',
 'Serviceloven § 48, stk. 2', NULL, 40),
('CHILD_CONVERSATION', '2024-01-01', NULL, 'Børnesamtale', 'Barnets lov § 5, stk. 3-4',
 'Der skal have været en samtale med barnet eller den unge før afgørelsen. Den kan kun undlades i ganske særlige tilfælde, og det skal begrundes.',
 'Barnets lov § 5, stk. 4', NULL, 40),
('YOUNG_PERSON_HEARD', '1990-01-01', '2024-01-01', 'Den unge er hørt som part', 'Serviceloven § 167 (klageret fra 12 år)',
 'Den unge, der er fyldt 12 år, kan klage over afgørelsen og skal høres, før den træffes.',
 'Forvaltningsloven § 19, stk. 2', 12, 50),
('YOUNG_PERSON_HEARD', '2024-01-01', NULL, 'Den unge er hørt som part', 'Barnets lov § 3 (partsstatus fra 10 år)',
 'Barnet eller den unge, der er fyldt 10 år, er part i sagen og skal høres, før afgørelsen træffes.',
 'Forvaltningsloven § 19, stk. 2', 10, 50),
('CONSENT', '1990-01-01', NULL, 'Samtykke', 'Hjemlens krav om samtykke',
 'Indsatser, der kræver samtykke, må kun iværksættes, når samtykket er givet og registreret (dato og hvem).',
 NULL, NULL, 60),
('CHILD_PLAN', '1990-01-01', '2024-01-01', 'Handleplan', 'Serviceloven § 140',
 'Handleplanen skal foreligge før afgørelsen om foranstaltning; ved akutte foranstaltninger senest 4 måneder efter.',
 NULL, NULL, 70),
('CHILD_PLAN', '2024-01-01', NULL, 'Barnets plan', 'Barnets lov § 91',
 'Ved anbringelse uden samtykke (§ 47) skal barnets plan foreligge før afgørelsen; ellers senest 3 måneder efter den.',
 NULL, NULL, 70),
('HOUSING_WISH', '1990-01-01', NULL, 'Ønske om andet botilbud', 'Serviceloven § 108, stk. 2',
 'Ønsker borgeren et andet botilbud end det tilbudte, skal afgørelsen vurdere målgruppe og om ønsket er væsentligt dyrere, med begrundelse.',
 NULL, NULL, 80);

-- A decision in a case. A draft can be changed; a sent decision never (trigger below).
CREATE TABLE decisions.decision (
    id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id                   bigint NOT NULL REFERENCES cases.case_file (id),
    case_number               text   NOT NULL,
    status                    text   NOT NULL CHECK (status IN ('DRAFT', 'SENT')),
    type                      text   NOT NULL CHECK (type IN ('GRANT', 'REFUSAL', 'CHANGE', 'TERMINATION')),
    measure                   text   NOT NULL CHECK (length(trim(measure)) > 0 AND length(measure) <= 300),
    legal_basis               text,
    facts                     text CHECK (length(facts) <= 20000),
    assessment                text CHECK (length(assessment) <= 20000),
    reasons                   text CHECK (length(reasons) <= 20000),
    effective_date            date,
    urgent                    boolean NOT NULL DEFAULT false,
    hearing_sent_on           date,
    hearing_response_due_on   date,
    hearing_answered_on       date,
    child_conversation_on     date,
    child_conversation_summary text CHECK (length(child_conversation_summary) <= 5000),
    child_plan_document       text,
    consent_on                date,
    consent_by                text CHECK (length(consent_by) <= 300),
    young_person_heard_on     date,
    housing_wish              boolean NOT NULL DEFAULT false,
    offer_given               text CHECK (length(offer_given) <= 300),
    offer_given_price         numeric(12, 2) CHECK (offer_given_price >= 0),
    offer_wished              text CHECK (length(offer_wished) <= 300),
    offer_wished_price        numeric(12, 2) CHECK (offer_wished_price >= 0),
    in_target_group           boolean,
    significantly_more_expensive boolean,
    housing_reasons           text CHECK (length(housing_reasons) <= 5000),
    -- taken over from an earlier system (or demo data) as it was sent, gates unmet at the time included
    imported                  boolean NOT NULL DEFAULT false,
    created_by                text   NOT NULL,
    created_at                timestamptz NOT NULL,
    updated_at                timestamptz NOT NULL,
    -- set when sent
    legal_basis_from          date,
    decided_on                date,
    sent_at                   timestamptz,
    sent_by                   text,
    channel                   text CHECK (channel IN ('DIGITAL_POST', 'LETTER_POST')),
    received_on               date,
    complaint_deadline        date,
    letter_document_number    text,
    FOREIGN KEY (legal_basis, legal_basis_from) REFERENCES decisions.legal_basis (code, effective_from),
    CHECK (hearing_response_due_on IS NULL OR hearing_sent_on IS NULL OR hearing_response_due_on >= hearing_sent_on),
    CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
    CHECK (status = 'DRAFT' OR (legal_basis_from IS NOT NULL AND decided_on IS NOT NULL AND sent_by IS NOT NULL
                                AND channel IS NOT NULL AND received_on >= decided_on
                                AND complaint_deadline > received_on AND letter_document_number IS NOT NULL))
);
CREATE INDEX decision_case_idx ON decisions.decision (case_id, id);

-- The parties the decision is addressed to.
CREATE TABLE decisions.recipient (
    decision_id bigint NOT NULL REFERENCES decisions.decision (id),
    citizen_id  bigint NOT NULL REFERENCES citizens.citizen (id),
    PRIMARY KEY (decision_id, citizen_id)
);

-- An exemption from a gate, with the reason the law requires; recorded on a draft and kept for good.
CREATE TABLE decisions.exemption (
    decision_id bigint NOT NULL REFERENCES decisions.decision (id),
    gate_code   text   NOT NULL,
    reason      text   NOT NULL CHECK (length(trim(reason)) >= 10 AND length(reason) <= 5000),
    recorded_by text   NOT NULL,
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (decision_id, gate_code)
);

-- Each gate's state when the decision was sent, for supervision to read as facts. OPEN (unmet) can only be the
-- state of a decision taken over from an earlier system: Sagsvagt itself never sends past an open gate.
CREATE TABLE decisions.gate_state (
    decision_id         bigint NOT NULL REFERENCES decisions.decision (id),
    gate_code           text   NOT NULL,
    gate_effective_from date   NOT NULL,
    law                 text   NOT NULL,
    state               text   NOT NULL CHECK (state IN ('OPEN', 'MET', 'EXEMPT', 'DEADLINE', 'NOT_APPLICABLE')),
    detail              text   NOT NULL,
    PRIMARY KEY (decision_id, gate_code),
    FOREIGN KEY (gate_code, gate_effective_from) REFERENCES decisions.gate_rule (code, effective_from)
);

CREATE FUNCTION decisions.refuse_change_when_sent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'decisions.% cannot be deleted', TG_TABLE_NAME;
    END IF;
    IF OLD.status = 'SENT' THEN
        RAISE EXCEPTION 'decision % has been sent and cannot change', OLD.id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER decision_frozen_when_sent BEFORE UPDATE OR DELETE ON decisions.decision
    FOR EACH ROW EXECUTE FUNCTION decisions.refuse_change_when_sent();
CREATE TRIGGER decision_no_truncate BEFORE TRUNCATE ON decisions.decision
    FOR EACH STATEMENT EXECUTE FUNCTION decisions.refuse_change_when_sent();

-- Recipients and exemptions belong to the draft; once the decision is sent they are part of its record.
CREATE FUNCTION decisions.refuse_when_decision_sent() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    decision_status text;
BEGIN
    SELECT status INTO decision_status FROM decisions.decision
     WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.decision_id ELSE NEW.decision_id END;
    IF decision_status = 'SENT' THEN
        RAISE EXCEPTION 'decisions.%: the decision has been sent', TG_TABLE_NAME;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER recipient_frozen BEFORE INSERT OR UPDATE OR DELETE ON decisions.recipient
    FOR EACH ROW EXECUTE FUNCTION decisions.refuse_when_decision_sent();
CREATE TRIGGER exemption_frozen BEFORE INSERT OR UPDATE OR DELETE ON decisions.exemption
    FOR EACH ROW EXECUTE FUNCTION decisions.refuse_when_decision_sent();

CREATE FUNCTION decisions.refuse_any_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'decisions.% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
END $$;
CREATE TRIGGER gate_state_append_only BEFORE UPDATE OR DELETE ON decisions.gate_state
    FOR EACH ROW EXECUTE FUNCTION decisions.refuse_any_change();
CREATE TRIGGER gate_state_no_truncate BEFORE TRUNCATE ON decisions.gate_state
    FOR EACH STATEMENT EXECUTE FUNCTION decisions.refuse_any_change();

CREATE FUNCTION decisions.refuse_open_gate_unless_imported() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state = 'OPEN' AND NOT (SELECT imported FROM decisions.decision WHERE id = NEW.decision_id) THEN
        RAISE EXCEPTION 'decision % cannot be sent while gate % is open', NEW.decision_id, NEW.gate_code;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER gate_state_no_open_gate BEFORE INSERT ON decisions.gate_state
    FOR EACH ROW EXECUTE FUNCTION decisions.refuse_open_gate_unless_imported();
