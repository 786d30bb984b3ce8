-- The case page's SQL (GET /api/cases/{n} as bench.leder with HTTP Basic), statement for statement as the application
-- runs it, for pgbench (bench/run.sh): the log-in's account and staff reads, the case with its parties, the units of
-- the leader's centre, the protection check, the access-log append (its own transaction, synchronous commit) and the
-- parties' names. Only the first statement is extra: it picks one of the 2,000 sample cases the wrk scenarios also go
-- round. The application reads the parties' ids out of the case's party rows in Java; here SQL does it (split_part).
-- Captured with JdbcTemplate's debug log on 2026-11-26 (seven statements; the morning's version had eleven and
-- four read-only transactions around them).
\set k random(1, 2000)
\set shard random(0, 7)
SELECT case_number AS cn FROM public.bench_sample WHERE k = :k \gset
SELECT a.password_hash, s.scope
FROM access.user_account a LEFT JOIN access.user_scope s ON s.username = a.username
WHERE a.username = 'bench.leder';
SELECT id, username, full_name, role, unit_id, team_id, active FROM organisation.staff WHERE username = 'bench.leder' \gset leader_
SELECT c.*, ARRAY(SELECT citizen_id || ':' || role FROM cases.case_party WHERE case_id = c.id
                  ORDER BY role = 'PRIMARY' DESC, added_at, citizen_id, role) AS parties
FROM (SELECT f.id, f.case_number, f.case_type, t.name AS case_type_name, f.kle, f.title, f.primary_citizen_id,
             f.unit_id, f.caseworker_id, f.status, f.opened_at, f.closed_at
      FROM cases.case_file f JOIN cases.case_type t ON t.code = f.case_type
      WHERE f.case_number = :cn) c \gset case_
SELECT id FROM organisation.unit WHERE centre_id = (SELECT centre_id FROM organisation.unit WHERE id = :leader_unit_id);
SELECT EXISTS (
    SELECT 1 FROM access.protection p
    WHERE (p.case_id = :case_id OR p.citizen_id = ANY(ARRAY(SELECT DISTINCT split_part(x, ':', 1)::bigint FROM unnest(CAST(:case_parties AS text[])) x)))
      AND NOT EXISTS (SELECT 1 FROM access.protection_reader r WHERE r.protection_id = p.id AND r.username = 'bench.leder'));
SELECT access.append(CAST(:shard AS smallint), 'bench.leder', 'CENTRE_LEADER', 'VIEW_CASE', 'ALLOWED', :case_id, :cn, NULL,
       ARRAY(SELECT DISTINCT split_part(x, ':', 1)::bigint FROM unnest(CAST(:case_parties AS text[])) x), NULL, '127.0.0.1', NULL);
SELECT id, cpr, name FROM citizens.citizen WHERE id = ANY(ARRAY(SELECT DISTINCT split_part(x, ':', 1)::bigint FROM unnest(CAST(:case_parties AS text[])) x)) ORDER BY name COLLATE "da-DK-x-icu";
