#!/usr/bin/env bash
# Measures what the access log costs on the case page: the same HTML case page (which writes one hash-chained
# log row per view, committed before the page is returned) with the log on and, in the benchmark profile only,
# with it off. Both runs in one go, on the same generated demo data, against localhost.
# Usage: bash bench/access-log-cost.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-20}
CONNECTIONS=${2:-16}
PORT=8095
DATA=target/bench-data
command -v wrk >/dev/null || { apt-get update && apt-get install -y wrk; }
[ -f target/sagsvagt.jar ] || mvn -q -DskipTests package
rm -rf "$DATA"

run() { # $1 = label, $2 = extra arguments
  java -jar target/sagsvagt.jar --spring.profiles.active=demo,benchmark --server.port=$PORT \
    --sagsvagt.data-dir=$DATA --logging.level.root=warn $2 > "target/bench-$1.log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "localhost:$PORT/login"; do sleep 0.5; done
  local jar=target/bench-cookies.txt
  rm -f $jar
  local csrf
  csrf=$(curl -s -c $jar -b $jar "localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c $jar -b $jar -d "username=sagsbehandler&password=demo&_csrf=$csrf" "localhost:$PORT/login"
  local session
  session=$(grep JSESSIONID $jar | awk '{print $7}')
  local case_number
  case_number=$(curl -s -b "JSESSIONID=$session" "localhost:$PORT/cases/mine" | grep -o '/cases/[0-9]\{4\}-[0-9]\{7\}' | head -1 | sed 's#/cases/##')
  # warm up, then measure
  wrk -t2 -c$CONNECTIONS -d5s -H "Cookie: JSESSIONID=$session" "http://localhost:$PORT/cases/$case_number" > /dev/null
  wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency -H "Cookie: JSESSIONID=$session" "http://localhost:$PORT/cases/$case_number" > "target/bench-$1.txt"
  kill $pid; wait $pid 2>/dev/null || true
  echo "$1: $(grep Requests/sec target/bench-$1.txt)"
}

run with-log ""
run without-log "--sagsvagt.access-log.enabled=false"

with=$(grep Requests/sec target/bench-with-log.txt | awk '{print $2}')
without=$(grep Requests/sec target/bench-without-log.txt | awk '{print $2}')
out="bench/results/access-log-cost-$(date +%Y-%m-%d).md"
{
  echo "# Cost of the access log on the case page"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; $(java -version 2>&1 | head -1)"
  echo "- data: demo municipality (2,000 cases, 10,000 documents); page: GET /cases/{n} as HTML, logged in as sagsbehandler"
  echo "- load: wrk, 2 threads, $CONNECTIONS connections, ${SECONDS_PER_RUN} s after a 5 s warm-up, localhost"
  echo
  echo "| run | requests/s | p50 | p90 | p99 |"
  echo "|---|---|---|---|---|"
  for r in with-log without-log; do
    f=target/bench-$r.txt
    echo "| $r | $(grep Requests/sec $f | awk '{print $2}') | $(grep ' 50%' $f | awk '{print $2}') | $(grep ' 90%' $f | awk '{print $2}') | $(grep ' 99%' $f | awk '{print $2}') |"
  done
  echo
  echo "Logging keeps $(python3 -c "print(f'{100*$with/$without:.0f}')") % of the throughput without it."
} > "$out"
cat "$out"
