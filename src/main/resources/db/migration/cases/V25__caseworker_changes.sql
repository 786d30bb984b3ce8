-- Every change of a case's caseworker (handover when staff leave or move), append-only: the measure of cases that
-- change hands often, and the timeline's source.
CREATE TABLE cases.caseworker_change (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint NOT NULL REFERENCES cases.case_file (id),
    unit_id     bigint NOT NULL,
    from_staff  bigint,
    to_staff    bigint NOT NULL,
    changed_at  timestamptz NOT NULL,
    changed_by  text   NOT NULL,
    note        text CHECK (length(note) <= 5000),
    CHECK (from_staff IS DISTINCT FROM to_staff)
);
CREATE INDEX caseworker_change_case_idx ON cases.caseworker_change (case_id, changed_at);
CREATE INDEX caseworker_change_time_idx ON cases.caseworker_change (changed_at);

CREATE FUNCTION cases.refuse_change_of_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'cases.caseworker_change is append-only';
END $$;
CREATE TRIGGER caseworker_change_append_only BEFORE UPDATE OR DELETE ON cases.caseworker_change
    FOR EACH ROW EXECUTE FUNCTION cases.refuse_change_of_history();
CREATE TRIGGER caseworker_change_no_truncate BEFORE TRUNCATE ON cases.caseworker_change
    FOR EACH STATEMENT EXECUTE FUNCTION cases.refuse_change_of_history();
