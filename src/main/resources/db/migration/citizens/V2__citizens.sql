CREATE SCHEMA citizens;

CREATE TABLE citizens.citizen (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- 10 digits, no hyphen; the first six are a date (checked in Java with the century from the 7th digit)
    cpr        char(10) NOT NULL UNIQUE CHECK (cpr ~ '^[0-9]{10}$'),
    birth_date date     NOT NULL,
    name       text     NOT NULL CHECK (length(trim(name)) > 0),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX citizen_name_idx ON citizens.citizen (name COLLATE "da-DK-x-icu");

-- custodial parents (forældremyndighedsindehavere) of a child
CREATE TABLE citizens.custody (
    child_id  bigint NOT NULL REFERENCES citizens.citizen (id),
    parent_id bigint NOT NULL REFERENCES citizens.citizen (id),
    PRIMARY KEY (child_id, parent_id),
    CHECK (child_id <> parent_id)
);
