CREATE SCHEMA organisation;

CREATE TABLE organisation.administration (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
);

CREATE TABLE organisation.centre (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    administration_id bigint NOT NULL REFERENCES organisation.administration (id),
    name              text   NOT NULL CHECK (length(trim(name)) > 0),
    UNIQUE (administration_id, name)
);

CREATE TABLE organisation.unit (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    centre_id bigint NOT NULL REFERENCES organisation.centre (id),
    name      text   NOT NULL CHECK (length(trim(name)) > 0),
    UNIQUE (centre_id, name)
);

CREATE TABLE organisation.staff (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username  text    NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
    full_name text    NOT NULL CHECK (length(trim(full_name)) > 0),
    role      text    NOT NULL CHECK (role IN ('CASEWORKER', 'LEADER', 'SUPERVISION_LAWYER', 'ADMINISTRATOR')),
    unit_id   bigint  NOT NULL REFERENCES organisation.unit (id),
    active    boolean NOT NULL DEFAULT true
);

CREATE INDEX staff_unit_idx ON organisation.staff (unit_id);
