CREATE SCHEMA access;

CREATE TABLE access.user_account (
    username      text PRIMARY KEY REFERENCES organisation.staff (username),
    password_hash text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
