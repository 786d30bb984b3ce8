#!/usr/bin/env bash
# Generates the load data (issue 10) into a fresh embedded PostgreSQL and writes the timings per table to
# bench/results/load-data-<cases>-<date>.md. The benchmarks then start the application on the same data directory.
# Usage: bash bench/load-data.sh [cases]   (default 1,000,000: 10 M documents, 5 M deadlines, 50 M access-log rows)
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${1:-1000000}
DATA=${LOAD_DATA_DIR:-target/load-data}
[ -f target/sagsvagt.jar ] || mvn -q -DskipTests package
rm -rf "$DATA"
mkdir -p bench/results
log=target/load-data.log
start=$(date +%s)
java -jar target/sagsvagt.jar --spring.profiles.active=load --server.port=0 --sagsvagt.data-dir="$DATA" \
  --sagsvagt.digital-post.mode=manual --sagsvagt.cpr.mode=manual \
  --sagsvagt.load.cases="$CASES" > "$log" 2>&1
seconds=$(( $(date +%s) - start ))
out=bench/results/load-data-$CASES-$(date +%F).md
{
  echo "# Load data: $CASES cases"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); $(java -version 2>&1 | head -1)."
  echo "Date: $(date -u +%FT%TZ). Command: \`bash bench/load-data.sh $CASES\` (whole run including start and stop: $seconds s)."
  echo
  echo "| step | rows | seconds | rows/s |"
  echo "| --- | --- | --- | --- |"
  sed -n 's/.*Load data: \(.*\) – \([0-9]*\) rows in \([0-9]*\) s (\([0-9]*\) rows\/s).*/| \1 | \2 | \3 | \4 |/p' "$log"
  echo
  grep -o 'Load data generated in .*' "$log" || echo "The generator did not finish; see $log."
  echo
  echo "Database size: $(du -sh "$DATA/postgres" | cut -f1)."
} > "$out"
cat "$out"
