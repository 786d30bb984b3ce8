-- Issue 16 review, S1: a bundle is read only by those who may read every case in it, so each bundled case is kept
-- with the facts the policy decides by (its unit and caseworker when bundled), not only its id. Special protection
-- still applies through bundle_content's citizens.
CREATE TABLE access.bundle_case (
    document_number text   NOT NULL REFERENCES access.bundle_content (document_number),
    case_id         bigint NOT NULL,
    unit_id         bigint NOT NULL,
    caseworker_id   bigint,
    PRIMARY KEY (document_number, case_id)
);

INSERT INTO access.bundle_case (document_number, case_id, unit_id, caseworker_id)
SELECT b.document_number, c.id, c.unit_id, c.caseworker_id
FROM access.bundle_content b CROSS JOIN LATERAL unnest(b.case_ids) AS bc(case_id)
JOIN cases.case_file c ON c.id = bc.case_id;
