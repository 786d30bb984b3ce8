#!/usr/bin/env bash
# Measures a supervision round at scale: drawing 60 cases from a population of 100,000 (the draw stores the whole
# population with its keys, assigns the sample to the reviewers and pre-fills the checklists), then producing the
# workbook and the result note. The population is inserted straight into the embedded PostgreSQL of a small demo.
# Usage: bash bench/supervision-draw.sh [population]
set -euo pipefail
cd "$(dirname "$0")/.."
POPULATION=${1:-100000}
PORT=8096
DATA=target/bench-supervision
command -v psql >/dev/null || { apt-get update && apt-get install -y postgresql-client; }
[ -f target/sagsvagt.jar ] || mvn -q -DskipTests package
rm -rf "$DATA"
java -jar target/sagsvagt.jar --spring.profiles.active=demo --server.port=$PORT --sagsvagt.data-dir=$DATA \
  --sagsvagt.demo.cases=200 --logging.level.root=warn > target/bench-supervision.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "localhost:$PORT/login"; do sleep 0.5; done
pg_port=$(sed -n 4p "$DATA/postgres/postmaster.pid")
sql() { psql -h localhost -p "$pg_port" -U postgres -d sagsvagt -Atq -c "$1"; }
sql "INSERT INTO cases.case_file (case_number, case_type, kle, title, primary_citizen_id, unit_id, status, opened_at)
     SELECT '2009-' || lpad(g::text, 7, '0'), CASE WHEN g % 3 = 0 THEN 'PLACEMENT' ELSE 'PREVENTIVE_MEASURE' END, '27.24.00',
            'Belastningssag ' || g, (SELECT min(id) FROM citizens.citizen), u.ids[1 + g % array_length(u.ids, 1)], 'OPEN',
            '2009-06-01'::timestamptz + g * interval '1 minute'
     FROM generate_series(1, $POPULATION) g,
          (SELECT array_agg(id ORDER BY id) AS ids FROM organisation.unit WHERE name LIKE 'Børnefamilieenhed%') u;
     ANALYZE cases.case_file;"
units=$(sql "SELECT string_agg(id::text, ',') FROM organisation.unit WHERE name LIKE 'Børnefamilieenhed%'")
round=$(curl -s -u jurist:demo -H 'Content-Type: application/json' -d "{\"name\":\"Belastningsprøve\",\"periodFrom\":\"2026-01-01\",
  \"periodTo\":\"2026-06-30\",\"templateId\":\"CHILDREN_BL\",\"unitIds\":[$units],\"caseTypes\":[\"PLACEMENT\",\"PREVENTIVE_MEASURE\"],
  \"sampleSize\":60,\"byMeasure\":true,\"minPerStratum\":10,\"reviewers\":{\"4\":[\"jurist\"]}}" "localhost:$PORT/api/supervision/rounds" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
time_of() { curl -s -o /dev/null -w '%{time_total}' -u jurist:demo "$@"; }
draws=(); books=(); notes=()
for i in 1 2 3; do
  draws+=("$(time_of -X POST -H 'Content-Type: application/json' -d '{"seed":"belastning"}' "localhost:$PORT/api/supervision/rounds/$round/draw")")
  books+=("$(time_of "localhost:$PORT/api/supervision/rounds/$round/workbook.xlsx")")
  notes+=("$(time_of "localhost:$PORT/api/supervision/rounds/$round/result-note.pdf")")
done
size=$(sql "SELECT population_size FROM supervision.round WHERE id = $round")
sampled=$(sql "SELECT count(*) FROM supervision.sample WHERE round_id = $round")
out="bench/results/supervision-draw-$(date +%Y-%m-%d).md"
{
  echo "# Supervision round at scale"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; $(java -version 2>&1 | head -1)"
  echo "- population: $size cases (family units, placements and preventive measures); sample: $sampled cases, 60 stratified by case type"
  echo "- each run: POST /api/supervision/rounds/{id}/draw (population stored with keys, sample assigned and pre-filled),"
  echo "  then GET workbook.xlsx and result-note.pdf; seconds as measured by curl on localhost"
  echo
  echo "| run | draw | workbook | result note | total |"
  echo "|---|---|---|---|---|"
  for i in 0 1 2; do
    echo "| $((i+1)) | ${draws[$i]} | ${books[$i]} | ${notes[$i]} | $(python3 -c "print(round(${draws[$i]}+${books[$i]}+${notes[$i]},3))") |"
  done
} > "$out"
cat "$out"
