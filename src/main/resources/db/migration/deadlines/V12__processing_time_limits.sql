-- The municipality's published processing-time limits (retssikkerhedsloven § 3, stk. 2), per benefit. Seeded with
-- typical values; each municipality maintains its own.
CREATE TABLE deadlines.processing_time_limit (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    benefit        text NOT NULL CHECK (length(trim(benefit)) > 0),
    case_type      text,
    legal_basis    text NOT NULL,
    unit           text NOT NULL CHECK (unit IN ('WORKING_DAYS', 'WEEKS', 'MONTHS')),
    amount         int  NOT NULL CHECK (amount > 0),
    effective_from date NOT NULL,
    UNIQUE (benefit, effective_from)
);

INSERT INTO deadlines.processing_time_limit (benefit, case_type, legal_basis, unit, amount, effective_from) VALUES
('Personlig hjælp og pleje', 'PERSONAL_HELP', 'Serviceloven § 83', 'WORKING_DAYS', 7, '2024-01-01'),
('Socialpædagogisk støtte', 'SUPPORT_CONTACT', 'Serviceloven § 85', 'WEEKS', 8, '2024-01-01'),
('Borgerstyret personlig assistance (BPA)', NULL, 'Serviceloven § 96', 'WEEKS', 12, '2024-01-01'),
('Merudgifter til voksne', NULL, 'Serviceloven § 100', 'WEEKS', 12, '2024-01-01'),
('Botilbud', 'HOUSING_OFFER', 'Serviceloven §§ 107-108', 'WEEKS', 12, '2024-01-01'),
('Merudgifter til børn med handicap', NULL, 'Barnets lov § 86', 'WEEKS', 12, '2024-01-01'),
('Tabt arbejdsfortjeneste', NULL, 'Barnets lov § 87', 'WEEKS', 12, '2024-01-01'),
('Aflastning til børn', NULL, 'Barnets lov § 32', 'WEEKS', 10, '2024-01-01'),
('Børnefaglig undersøgelse', 'CHILD_ASSESSMENT', 'Barnets lov § 20, stk. 3 (lovbestemt)', 'MONTHS', 4, '2024-01-01');
