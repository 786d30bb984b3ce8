-- Issue 17: oversight work the responsible people can do.
-- The rounds a request concerns (asked per flagged case of the round, or an item answered with the round's outputs):
-- the round's own case is then a case the request's documents may come from and its responsible may journal in.
CREATE TABLE oversight.request_round (
    request_id        bigint NOT NULL REFERENCES oversight.request (id),
    round_id          bigint NOT NULL,
    round_case_number text   NOT NULL,
    PRIMARY KEY (request_id, round_id)
);

-- Why a document was given: a request's documents have their request; a disclosure on the administration's own
-- initiative (no request) must say why, and is sent with a cover letter journaled in a case of its own.
ALTER TABLE oversight.disclosure ADD COLUMN IF NOT EXISTS reason text;
ALTER TABLE oversight.disclosure ADD COLUMN IF NOT EXISTS sending_case_number text;
-- (referrals and complaints sent to Ankestyrelsen are logged without either, so no CHECK here: the service demands it)
