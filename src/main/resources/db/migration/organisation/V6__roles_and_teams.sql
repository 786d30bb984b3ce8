-- Roles by level, teams inside units, and external reviewers who belong to an oversight body, not to a unit.
CREATE TABLE organisation.team (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id bigint NOT NULL REFERENCES organisation.unit (id),
    name    text   NOT NULL CHECK (length(trim(name)) > 0),
    UNIQUE (unit_id, name)
);

ALTER TABLE organisation.staff DROP CONSTRAINT staff_role_check;
UPDATE organisation.staff SET role = 'UNIT_LEADER' WHERE role = 'LEADER';
ALTER TABLE organisation.staff
    ADD CONSTRAINT staff_role_check CHECK (role IN ('CASEWORKER', 'TEAM_LEADER', 'UNIT_LEADER', 'CENTRE_LEADER',
        'SUPERVISION_LAWYER', 'ADMINISTRATOR', 'OMBUDSMAN', 'APPEALS_BOARD')),
    ADD COLUMN team_id bigint REFERENCES organisation.team (id),
    ALTER COLUMN unit_id DROP NOT NULL,
    ADD CONSTRAINT staff_unit_unless_external CHECK ((role IN ('OMBUDSMAN', 'APPEALS_BOARD')) = (unit_id IS NULL));

CREATE INDEX staff_team_idx ON organisation.staff (team_id);
