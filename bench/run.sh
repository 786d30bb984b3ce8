#!/usr/bin/env bash
# The benchmark suite (issue 10): the packaged application on the load data (bench/load-data.sh, generated first when
# missing), driven on localhost with wrk, and beside it the case page's own SQL run straight against the same
# PostgreSQL with pgbench, so the application's rate can be read as a share of what the database alone does.
# Writes bench/results/benchmark-<cases>-<date>.md and prints it.
#
# Usage: bash bench/run.sh [seconds per scenario, default 30]
#   CASES=100000 bash bench/run.sh     size of the load data when it has to be generated (default 1,000,000)
#   CONNECTIONS=16                     concurrent connections per scenario (wrk and pgbench alike)
#   JFR=1                              records a Java Flight Recording of the whole run to target/bench/benchmark.jfr
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER=${1:-30}
CASES=${CASES:-1000000}
CONNECTIONS=${CONNECTIONS:-16}
DATA=${LOAD_DATA_DIR:-target/load-data}
PORT=${BENCH_PORT:-8097}
WORK=target/bench
BASE="http://localhost:$PORT"
PASSWORD=benchmark-2018

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need pgbench postgresql-client
need psql postgresql-client
[ -f target/sagsvagt.jar ] || mvn -q -DskipTests package
[ -f "$DATA/postgres/PG_VERSION" ] || bash bench/load-data.sh "$CASES"
rm -rf "$WORK" && mkdir -p "$WORK" bench/results

# The nightly deadline job runs once, 150 s after the start (after the database has settled), over the whole load data; its own log line gives its time.
# The hourly access-log check is off while measuring (it would land in one scenario's 30 s).
watch_at=$(TZ=Europe/Copenhagen date -d '+150 seconds' '+%-S %-M %-H')
jfr=()
[ "${JFR:-0}" = 1 ] && jfr=("-XX:StartFlightRecording=filename=$WORK/benchmark.jfr,settings=profile")
java -Xms2g -Xmx2g "${jfr[@]}" -jar target/sagsvagt.jar --server.port="$PORT" --sagsvagt.data-dir="$DATA" \
  --sagsvagt.digital-post.mode=manual --sagsvagt.cpr.mode=manual \
  --sagsvagt.deadlines.watch-cron="$watch_at * * *" --sagsvagt.access-log.verify-cron=- --logging.level.root=warn --logging.level.dk.sagsvagt=info \
  > "$WORK/application.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true' EXIT
started=$(date +%s)
until curl -sf -o /dev/null "$BASE/login"; do
  kill -0 $app 2>/dev/null || { tail -40 "$WORK/application.log"; exit 1; }
  sleep 1
done
echo "Application ready in $(( $(date +%s) - started )) s"
pg_port=$(sed -n 4p "$DATA/postgres/postmaster.pid")
sql() { psql -h localhost -p "$pg_port" -U postgres -d sagsvagt -Atq -c "$1"; }

# What the scenarios ask for: 2,000 cases of the benchmark leader's unit, and words from the documents.
loaded_cases=$(sql "SELECT count(*) FROM cases.case_file WHERE primary_citizen_id IS NOT NULL")
leader_unit=$(sql "SELECT unit_id FROM organisation.staff WHERE username = 'bench.leder'")
sql "SET client_min_messages = warning; DROP TABLE IF EXISTS public.bench_sample;
     CREATE UNLOGGED TABLE public.bench_sample AS
       SELECT row_number() OVER () AS k, case_number FROM (
         SELECT case_number FROM cases.case_file WHERE unit_id = $leader_unit ORDER BY md5(case_number) LIMIT 2000) s;
     ALTER TABLE public.bench_sample ADD PRIMARY KEY (k);"
sql "SELECT case_number FROM public.bench_sample ORDER BY k" > "$WORK/cases.txt"
sed 's|^|/cases/|' "$WORK/cases.txt" > "$WORK/case-pages.txt"
sed 's|^|/api/cases/|' "$WORK/cases.txt" > "$WORK/case-api.txt"
sed 's|^|/api/cases/|; s|$|/documents|' "$WORK/cases.txt" > "$WORK/journal.txt"
for word in underretning børnefaglig undersøgelse handleplan anbringelse skolen samtale bekymring forældrene plejefamilie \
    aflastning misbrug netværksmøde sundhedsplejerske pædagog "barnets trivsel" "bevilget" "opfølgning" "ungdomsklub" "psykolog"; do
  echo "/api/search?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$word")"
done > "$WORK/search.txt"
echo /deadlines/mine > "$WORK/mine.txt"
echo /deadlines/unit > "$WORK/unit.txt"
echo /api/deadlines/mine > "$WORK/mine-api.txt"

# A session per user for the pages (form log-in with its CSRF token), HTTP Basic for the API.
session() {
  local jar="$WORK/$1.cookies" token
  token=$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  sed -n 's/.*\tJSESSIONID\t\(.*\)$/\1/p' "$jar"
}
leader_cookie="Cookie: JSESSIONID=$(session bench.leder)"
caseworker_cookie="Cookie: JSESSIONID=$(session bench.sagsbehandler)"
leader_basic="Authorization: Basic $(printf 'bench.leder:%s' "$PASSWORD" | base64 -w0)"
caseworker_basic="Authorization: Basic $(printf 'bench.sagsbehandler:%s' "$PASSWORD" | base64 -w0)"
for check in "$leader_cookie /cases/$(head -1 "$WORK/cases.txt")" "$leader_basic /api/cases/$(head -1 "$WORK/cases.txt")"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "${check% *}" "$BASE${check##* }")
  [ "$code" = 200 ] || { echo "Benchmark user refused ($code) at ${check##* }"; exit 1; }
done

# A freshly loaded database is vacuumed and analyzed once, and autovacuum is let finish, before anything is measured.
settle_start=$(date +%s)
vacuumdb -h localhost -p "$pg_port" -U postgres -d sagsvagt -j 2 -z -q
for i in $(seq 1 300); do
  [ "$(sql "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")" = 0 ] && break
  sleep 2
done
settle_seconds=$(( $(date +%s) - settle_start ))
echo "Database settled in $settle_seconds s"

# Waits for the nightly deadline job before the load starts, so that it runs alone.
until grep -q 'Deadline watch:' "$WORK/application.log"; do
  kill -0 $app 2>/dev/null || exit 1
  sleep 2
done
watch_line=$(grep -o 'Deadline watch: .*' "$WORK/application.log" | head -1)

results="$WORK/results.tsv"
: > "$results"
# user + system CPU ticks of the processes given (those that have exited meanwhile count as 0)
cpu_ticks() { local t=0 p; for p in "$@"; do t=$(( t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0) )); done; echo $t; }
scenario() { # name, header, paths file, [method, body]; CONNECTIONS for this scenario may be set before the call
  local name=$1 header=$2 file=$3 connections=${SCENARIO_CONNECTIONS:-$CONNECTIONS}
  shift 3
  wrk -t2 -c"$connections" -d10s -H "$header" -s bench/wrk/paths.lua "$BASE" -- "$WORK/$file" "$@" > /dev/null
  local jvm0 pg0
  jvm0=$(cpu_ticks "$app"); pg0=$(cpu_ticks $(pgrep -x postgres))
  wrk -t2 -c"$connections" -d"${SECONDS_PER}s" -H "$header" -s bench/wrk/paths.lua "$BASE" -- "$WORK/$file" "$@" > "$WORK/$name.out"
  # where the CPU went: milliseconds of the JVM's and of PostgreSQL's processes per request
  python3 -c 'import json, sys; r = json.loads(sys.argv[1]); n = max(r["requests"], 1); tick = 1000 / int(sys.argv[4])
r["jvmMs"] = round(int(sys.argv[2]) * tick / n, 3); r["pgMs"] = round(int(sys.argv[3]) * tick / n, 3); print(json.dumps(r))' \
    "$(sed -n 's/^RESULT //p' "$WORK/$name.out")" $(( $(cpu_ticks "$app") - jvm0 )) $(( $(cpu_ticks $(pgrep -x postgres)) - pg0 )) \
    "$(getconf CLK_TCK)" > "$WORK/$name.json"
  printf '%s\t%s\n' "$name" "$(cat "$WORK/$name.json")" >> "$results"
  echo "$name: $(sed -n 's/^RESULT //p' "$WORK/$name.out")"
}
scenario case-html "$leader_cookie" case-pages.txt
scenario case-api "$leader_basic" case-api.txt
scenario mine-frister "$caseworker_cookie" mine.txt
scenario mine-frister-api "$caseworker_basic" mine-api.txt
scenario unit-worklist "$leader_cookie" unit.txt
scenario search "$leader_basic" search.txt
# The response times of the worklists and search at a lighter load (4 connections: a busy unit, not a saturated machine)
SCENARIO_CONNECTIONS=4 scenario mine-frister@4 "$caseworker_cookie" mine.txt
SCENARIO_CONNECTIONS=4 scenario unit-worklist@4 "$leader_cookie" unit.txt
SCENARIO_CONNECTIONS=4 scenario search@4 "$leader_basic" search.txt
# Journaling last: its notes (about 40,000 a run, dated today, and the journal is append-only) stay in the load data,
# and every later search finds them in its newest window. Regenerate the load data to measure search on clean data.
scenario journal "$leader_basic" journal.txt POST \
  '{"title":"Notat","direction":"INTERNAL","kind":"NOTE","text":"@TEXT@"}'

# The same SQL as the case page through the API, straight against PostgreSQL (bench/case-page.sql).
pgbench -h localhost -p "$pg_port" -U postgres -n -M prepared -c "$CONNECTIONS" -j 2 -T 10 -f bench/case-page.sql sagsvagt > /dev/null
pgbench -h localhost -p "$pg_port" -U postgres -n -M prepared -c "$CONNECTIONS" -j 2 -T "$SECONDS_PER" -f bench/case-page.sql \
  -P 5 -r sagsvagt > "$WORK/pgbench.out" 2>&1
pg_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pgbench.out" | head -1)
pg_latency=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$WORK/pgbench.out")

# The supervision draw over the leader's whole unit (3 runs, seconds by curl).
units=$leader_unit
round=$(curl -s -H "$leader_basic" -H 'Content-Type: application/json' -d "{\"name\":\"Belastningsprøve\",\"periodFrom\":\"2026-01-01\",
  \"periodTo\":\"2026-06-30\",\"templateId\":\"CHILDREN_BL\",\"unitIds\":[$units],\"caseTypes\":[\"PLACEMENT\",\"PREVENTIVE_MEASURE\",\"NOTIFICATION\"],
  \"sampleSize\":60,\"byMeasure\":true,\"minPerStratum\":10,\"reviewers\":{\"4\":[\"bench.leder\"]}}" "$BASE/api/supervision/rounds" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin).get("id", ""))')
draws=()
for i in 1 2 3; do
  draws+=("$(curl -s -o "$WORK/draw.json" -w '%{http_code} %{time_total}' -H "$leader_basic" -H 'Content-Type: application/json' \
    -d "{\"seed\":\"belastning-$i\"}" "$BASE/api/supervision/rounds/$round/draw")")
done
population=$(sql "SELECT population_size FROM supervision.round WHERE id = ${round:-0}")

heap_after=$(jcmd $app GC.heap_info 2>/dev/null | sed -n 's/.*garbage-first heap.*used \([0-9]*K\).*/\1/p' | head -1)
counts=$(sql "SELECT (SELECT count(*) FROM cases.case_file) || ' cases, ' || (SELECT count(*) FROM journal.document) || ' documents, '
  || (SELECT count(*) FROM deadlines.deadline) || ' deadlines, ' || (SELECT count(*) FROM access.access_log) || ' access-log rows'")
out=bench/results/benchmark-$loaded_cases-$(date +%F).md
python3 bench/report.py "$results" "$pg_tps" "$pg_latency" "$CONNECTIONS" "$SECONDS_PER" "$counts" "$watch_line" \
  "$population" "$heap_after" "$settle_seconds" "${draws[@]}" > "$out"
cat "$out"
