-- When a case changed caseworker (from the cases module's CaseworkerChanged event), so deadlines missed soon after a
-- handover can be compared with the others.
CREATE TABLE deadlines.handover_mark (
    case_id    bigint NOT NULL,
    changed_at timestamptz NOT NULL,
    PRIMARY KEY (case_id, changed_at)
);

-- Who moved a deadline to another owner outside a case handover (a request's responsible, a flag's owner).
CREATE TABLE deadlines.owner_change (
    deadline_id bigint NOT NULL REFERENCES deadlines.deadline (id),
    from_staff  bigint,
    to_staff    bigint NOT NULL,
    changed_at  timestamptz NOT NULL,
    changed_by  text   NOT NULL
);
CREATE INDEX owner_change_deadline_idx ON deadlines.owner_change (deadline_id);
