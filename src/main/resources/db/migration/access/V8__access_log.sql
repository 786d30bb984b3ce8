-- The access log: every read of personal data, allowed or denied. Append-only (triggers refuse UPDATE, DELETE
-- and TRUNCATE), partitioned by day so retention drops whole days, and hash-chained: each row's hash covers the
-- previous row's hash in its chain, so an altered or removed row breaks the chain. A day has several chains
-- (shards) so concurrent requests do not queue on one lock; chain_head holds the end of each chain.
CREATE TABLE access.access_log (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    day             date        NOT NULL,
    shard           smallint    NOT NULL,
    shard_seq       bigint      NOT NULL CHECK (shard_seq > 0),
    logged_at       timestamptz NOT NULL,
    username        text        NOT NULL,
    role            text        NOT NULL,
    action          text        NOT NULL,
    outcome         text        NOT NULL CHECK (outcome IN ('ALLOWED', 'DENIED')),
    case_id         bigint,
    case_number     text,
    document_number text,
    citizen_ids     bigint[]    NOT NULL DEFAULT '{}',
    search_terms    text,
    client_address  text,
    detail          text,
    prev_hash       bytea       NOT NULL,
    hash            bytea       NOT NULL,
    PRIMARY KEY (day, id),
    UNIQUE (day, shard, shard_seq)
) PARTITION BY RANGE (day);

CREATE TABLE access.access_log_default PARTITION OF access.access_log DEFAULT;
CREATE INDEX access_log_citizens_idx ON access.access_log USING gin (citizen_ids);
CREATE INDEX access_log_case_idx ON access.access_log (case_id, logged_at);

CREATE TABLE access.chain_head (
    day   date     NOT NULL,
    shard smallint NOT NULL,
    seq   bigint   NOT NULL,
    hash  bytea    NOT NULL,
    PRIMARY KEY (day, shard)
);

CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access.access_log
    FOR EACH ROW EXECUTE FUNCTION access.refuse_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access.access_log_default
    FOR EACH STATEMENT EXECUTE FUNCTION access.refuse_change();

-- The first link of a day's chain.
CREATE FUNCTION access.genesis(day date, shard smallint) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(convert_to('sagsvagt-access-log|' || day::text || '|' || shard::text, 'UTF8'))
$$;

-- The hash of a row: the previous hash and every field, in a fixed text form. Used to write and to verify.
CREATE FUNCTION access.row_hash(prev bytea, day date, shard smallint, shard_seq bigint, logged_at timestamptz,
        username text, role text, action text, outcome text, case_id bigint, case_number text,
        document_number text, citizen_ids bigint[], search_terms text, client_address text, detail text)
    RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(prev || convert_to(concat_ws('|', day::text, shard::text, shard_seq::text,
        to_char(logged_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), username, role, action, outcome,
        coalesce(case_id::text, ''), coalesce(case_number, ''), coalesce(document_number, ''),
        array_to_string(citizen_ids, ','), coalesce(search_terms, ''), coalesce(client_address, ''),
        coalesce(detail, '')), 'UTF8'))
$$;

-- Appends one row to a chain of today (Copenhagen). The chain head's row lock serialises writers of one shard
-- until they commit, so rows of a chain commit in order.
CREATE FUNCTION access.append(p_shard smallint, p_username text, p_role text, p_action text, p_outcome text,
        p_case_id bigint, p_case_number text, p_document_number text, p_citizen_ids bigint[], p_search_terms text,
        p_client_address text, p_detail text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    v_at   timestamptz := clock_timestamp();
    v_day  date := (v_at AT TIME ZONE 'Europe/Copenhagen')::date;
    v_seq  bigint;
    v_prev bytea;
    v_hash bytea;
    v_id   bigint;
BEGIN
    INSERT INTO access.chain_head (day, shard, seq, hash) VALUES (v_day, p_shard, 0, access.genesis(v_day, p_shard))
        ON CONFLICT DO NOTHING;
    SELECT seq, hash INTO v_seq, v_prev FROM access.chain_head WHERE day = v_day AND shard = p_shard FOR UPDATE;
    v_seq := v_seq + 1;
    v_hash := access.row_hash(v_prev, v_day, p_shard, v_seq, v_at, p_username, p_role, p_action, p_outcome,
        p_case_id, p_case_number, p_document_number, coalesce(p_citizen_ids, '{}'), p_search_terms,
        p_client_address, p_detail);
    INSERT INTO access.access_log (day, shard, shard_seq, logged_at, username, role, action, outcome, case_id,
            case_number, document_number, citizen_ids, search_terms, client_address, detail, prev_hash, hash)
        VALUES (v_day, p_shard, v_seq, v_at, p_username, p_role, p_action, p_outcome, p_case_id, p_case_number,
            p_document_number, coalesce(p_citizen_ids, '{}'), p_search_terms, p_client_address, p_detail, v_prev, v_hash)
        RETURNING id INTO v_id;
    UPDATE access.chain_head SET seq = v_seq, hash = v_hash WHERE day = v_day AND shard = p_shard;
    RETURN v_id;
END $$;

-- The first row where a chain breaks, if any: a row whose hash does not match its contents, a row whose
-- previous hash is not its predecessor's, a gap in the sequence, or a chain whose head is past its last row.
CREATE FUNCTION access.first_broken(p_from date, p_to date)
    RETURNS TABLE (day date, shard smallint, shard_seq bigint, id bigint, problem text) LANGUAGE sql STABLE AS $$
    WITH rows AS (
        SELECT l.*, lag(l.hash) OVER w AS before_hash, lag(l.shard_seq) OVER w AS before_seq
        FROM access.access_log l
        WHERE l.day BETWEEN p_from AND p_to
        WINDOW w AS (PARTITION BY l.day, l.shard ORDER BY l.shard_seq)
    ), broken AS (
        SELECT r.day, r.shard, r.shard_seq, r.id,
               CASE
                   WHEN r.shard_seq <> coalesce(r.before_seq, 0) + 1 THEN 'missing rows before this one'
                   WHEN r.prev_hash <> coalesce(r.before_hash, access.genesis(r.day, r.shard)) THEN 'chain link broken'
                   WHEN r.hash <> access.row_hash(r.prev_hash, r.day, r.shard, r.shard_seq, r.logged_at, r.username,
                       r.role, r.action, r.outcome, r.case_id, r.case_number, r.document_number, r.citizen_ids,
                       r.search_terms, r.client_address, r.detail) THEN 'row altered'
               END AS problem
        FROM rows r
        UNION ALL
        SELECT h.day, h.shard, h.seq, NULL::bigint, 'rows missing at the end of the chain'
        FROM access.chain_head h
        WHERE h.day BETWEEN p_from AND p_to
          AND h.seq > 0
          AND NOT EXISTS (SELECT 1 FROM access.access_log l
                          WHERE l.day = h.day AND l.shard = h.shard AND l.shard_seq = h.seq AND l.hash = h.hash)
    )
    SELECT * FROM broken WHERE problem IS NOT NULL ORDER BY day, shard, shard_seq LIMIT 1
$$;

-- The key for hashing CPR numbers in search terms; made once by the application, never shown.
CREATE TABLE access.log_key (
    id     int   PRIMARY KEY CHECK (id = 1),
    secret bytea NOT NULL CHECK (length(secret) >= 32)
);
