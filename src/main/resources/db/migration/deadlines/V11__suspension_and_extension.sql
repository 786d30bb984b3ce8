-- Waiting for the citizen may pause a deadline (suspension) and a rule may allow an extension with reasons; both
-- move the due moment and stay in the history.
UPDATE deadlines.rule SET suspendable = true WHERE code IN ('INQUIRY_REPLY', 'PROCESSING_TIME');

ALTER TABLE deadlines.deadline ADD COLUMN suspended_since timestamptz;

CREATE TABLE deadlines.deadline_change (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    deadline_id bigint NOT NULL REFERENCES deadlines.deadline (id),
    kind        text   NOT NULL CHECK (kind IN ('SUSPENDED', 'RESUMED', 'EXTENDED')),
    changed_at  timestamptz NOT NULL,
    reason      text   NOT NULL CHECK (length(trim(reason)) > 0),
    changed_by  text   NOT NULL,
    approved_by text,
    old_due_at  timestamptz NOT NULL,
    new_due_at  timestamptz NOT NULL,
    CHECK (kind <> 'EXTENDED' OR approved_by IS NOT NULL)
);
CREATE INDEX deadline_change_deadline_idx ON deadlines.deadline_change (deadline_id, id);

CREATE FUNCTION deadlines.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'deadlines.% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER deadline_change_append_only BEFORE UPDATE OR DELETE ON deadlines.deadline_change
    FOR EACH ROW EXECUTE FUNCTION deadlines.refuse_change();
