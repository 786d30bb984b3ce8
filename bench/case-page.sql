-- The case page's SQL (GET /api/cases/{n} as bench.leder with HTTP Basic), statement for statement as the application
-- runs it, for pgbench (bench/run.sh): the log-in's account reads, the case, its access facts, the access-log append
-- (its own transaction, synchronous commit) and the parties. Only the first statement is extra: it picks one of the
-- 2,000 sample cases the wrk scenarios also go round. Captured with JdbcTemplate's debug log on 2026-11-26.
\set k random(1, 2000)
\set shard random(0, 7)
SELECT case_number AS cn FROM public.bench_sample WHERE k = :k \gset
SELECT password_hash FROM access.user_account WHERE username = 'bench.leder';
SELECT id, username, full_name, role, unit_id, team_id, active FROM organisation.staff WHERE username = 'bench.leder';
SELECT scope FROM access.user_scope WHERE username = 'bench.leder';
SELECT f.id AS case_id, f.case_number, f.case_type, t.name AS case_type_name, f.kle, f.title, f.primary_citizen_id,
       f.unit_id AS case_unit, f.caseworker_id, f.status, f.opened_at, f.closed_at
FROM cases.case_file f JOIN cases.case_type t ON t.code = f.case_type
WHERE f.case_number = :cn \gset
SELECT array_agg(DISTINCT citizen_id) AS citizens FROM cases.case_party WHERE case_id = :case_id \gset
SELECT u.id, u.centre_id, u.name, c.name AS centre_name
FROM organisation.unit u JOIN organisation.centre c ON c.id = u.centre_id
WHERE u.id = :case_unit;
SELECT id FROM organisation.unit WHERE centre_id = (SELECT centre_id FROM organisation.unit WHERE id = :case_unit);
SELECT EXISTS (
    SELECT 1 FROM access.protection p
    WHERE (p.case_id = :case_id OR p.citizen_id = ANY(CAST(:citizens AS bigint[])))
      AND NOT EXISTS (SELECT 1 FROM access.protection_reader r WHERE r.protection_id = p.id AND r.username = 'bench.leder'));
SELECT access.append(CAST(:shard AS smallint), 'bench.leder', 'CENTRE_LEADER', 'VIEW_CASE', 'ALLOWED', :case_id, :cn, NULL,
       CAST(:citizens AS bigint[]), NULL, '127.0.0.1', NULL);
SELECT citizen_id, role FROM cases.case_party WHERE case_id = :case_id ORDER BY role = 'PRIMARY' DESC, added_at;
SELECT id, cpr, name FROM citizens.citizen WHERE id = ANY(CAST(:citizens AS bigint[])) ORDER BY name COLLATE "da-DK-x-icu";
