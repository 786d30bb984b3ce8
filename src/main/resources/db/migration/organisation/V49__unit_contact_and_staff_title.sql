-- What a letter's signature says about where it comes from (issue 18): the unit's postal address, telephone and
-- e-mail, and the signer's title when it is not the role's own name ("Socialrådgiver" for a caseworker).
-- All optional; a letter leaves out what is not registered. Bounded so that no input can fill a page.
ALTER TABLE organisation.unit
    ADD COLUMN address text CHECK (length(trim(address)) BETWEEN 1 AND 200),
    ADD COLUMN phone   text CHECK (phone ~ '^\+?[0-9 ]{8,20}$'),
    ADD COLUMN email   text CHECK (length(email) <= 200 AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');

ALTER TABLE organisation.staff
    ADD COLUMN title text CHECK (length(trim(title)) BETWEEN 1 AND 100);
