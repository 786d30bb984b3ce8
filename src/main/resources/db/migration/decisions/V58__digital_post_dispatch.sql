-- Issue 20: a decision sent by Digital Post is received when a receipt says so, not when it is sent. Each recipient's
-- letter is one dispatch with its own message id; the complaint period (retssikkerhedsloven § 67) starts only when
-- every recipient's letter is received (the latest receipt), from a delivery receipt or, in manual mode, from the
-- dates a person registers. A decision is frozen once sent (decision_frozen_when_sent), so its receipt lives here.
CREATE TABLE decisions.dispatch (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    decision_id    bigint NOT NULL REFERENCES decisions.decision (id),
    citizen_id     bigint NOT NULL REFERENCES citizens.citizen (id),
    message_id     uuid   NOT NULL UNIQUE,
    -- TO_SEND: waits for the hand-over to the Digital Post service; MANUAL: to be sent by a person from the
    -- municipality's own Digital Post solution (sagsvagt.digital-post.mode=manual); HANDED_OVER: the service has
    -- accepted it and the receipt is awaited; DELIVERED: received; FAILED: the service could not deliver it
    state          text   NOT NULL CHECK (state IN ('TO_SEND', 'MANUAL', 'HANDED_OVER', 'DELIVERED', 'FAILED')),
    attempts       int    NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error     text CHECK (length(last_error) <= 1000),
    handed_over_at timestamptz,
    sent_on        date,
    received_at    timestamptz,
    failure        text CHECK (length(failure) <= 1000),
    -- a manual sending is registered by a person, possibly after the fact (a reason when late, shared/LateRegistration)
    registered_by  text,
    registered_at  timestamptz,
    late_reason    text CHECK (length(late_reason) <= 500),
    created_at     timestamptz NOT NULL,
    UNIQUE (decision_id, citizen_id),
    CHECK ((state = 'DELIVERED') = (received_at IS NOT NULL)),
    CHECK (state <> 'FAILED' OR failure IS NOT NULL),
    CHECK (sent_on IS NULL OR received_at IS NULL OR (received_at AT TIME ZONE 'Europe/Copenhagen')::date >= sent_on)
);
CREATE INDEX dispatch_decision_idx ON decisions.dispatch (decision_id);
CREATE INDEX dispatch_pending_idx ON decisions.dispatch (state) WHERE state IN ('TO_SEND', 'MANUAL', 'HANDED_OVER', 'FAILED');

-- Receipts as they arrive, once each: a receipt delivered twice (the service retries until acknowledged) is stored
-- once and changes nothing the second time.
CREATE TABLE decisions.receipt (
    receipt_id  text PRIMARY KEY CHECK (length(receipt_id) BETWEEN 1 AND 200),
    message_id  uuid NOT NULL,
    outcome     text NOT NULL CHECK (outcome IN ('DELIVERED', 'FAILED')),
    occurred_at timestamptz NOT NULL,
    detail      text CHECK (length(detail) <= 1000),
    stored_at   timestamptz NOT NULL
);
CREATE FUNCTION decisions.refuse_receipt_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a stored receipt is never changed or deleted (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER receipt_append_only BEFORE UPDATE OR DELETE ON decisions.receipt
    FOR EACH ROW EXECUTE FUNCTION decisions.refuse_receipt_change();

-- decisions sent by Digital Post before receipts existed were taken as received the day they were sent
INSERT INTO decisions.dispatch (decision_id, citizen_id, message_id, state, sent_on, received_at, created_at)
SELECT d.id, r.citizen_id, gen_random_uuid(), 'DELIVERED', d.decided_on,
       coalesce(d.received_on::timestamp AT TIME ZONE 'Europe/Copenhagen' + interval '12 hours', d.sent_at), d.sent_at
FROM decisions.decision d JOIN decisions.recipient r ON r.decision_id = d.id
WHERE d.status = 'SENT' AND d.channel = 'DIGITAL_POST';
