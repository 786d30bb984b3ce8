-- Finding a citizen by part of the name (issue 18). The database's locale is C, so the names are lowered by the
-- Danish ICU collation (Æ → æ, Ø → ø, Å → å); the space in front lets a search word match the start of any word of
-- the name (" hansen" in " jens ole hansen") with LIKE '% han%', which the trigram index answers.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE INDEX citizen_name_trgm_idx ON citizens.citizen
    USING gin ((' ' || lower(name COLLATE "da-DK-x-icu")) public.gin_trgm_ops);
