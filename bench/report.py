"""Writes the benchmark suite's results file (bench/run.sh) as Markdown, each figure beside its target from issue 10."""
import datetime
import json
import os
import platform
import re
import subprocess
import sys

results, pg_tps, pg_latency, connections, seconds, counts, watch_line, population, heap, settle = sys.argv[1:11]
draws = sys.argv[11:]
rows = {}
with open(results, encoding="utf-8") as f:
    for line in f:
        name, figures = line.rstrip("\n").split("\t", 1)
        rows[name] = json.loads(figures)
pg_tps = float(pg_tps or 0)

TITLES = {
    "case-html": "Case page, HTML (`GET /cases/{n}`)",
    "case-api": "Case page, API JSON (`GET /api/cases/{n}`)",
    "mine-frister": "Mine frister (`GET /deadlines/mine`)",
    "mine-frister-api": "Mine frister, API (`GET /api/deadlines/mine`)",
    "unit-worklist": "Unit worklist (`GET /deadlines/unit`)",
    "search": "Search (`GET /api/search?q=`)",
    "journal": "Journal a note (`POST /api/cases/{n}/documents`)",
}


def target(name, r):
    """The issue's target for a scenario and whether it is met (a name@4 scenario: the same at 4 connections)."""
    name = name.split("@")[0]
    if name in ("case-html", "case-api"):
        share = r["rps"] / pg_tps if pg_tps else 0
        ok = r["rps"] >= 1500 and r["p99"] <= 50 and share >= 0.5
        return f"≥ 1,500/s, p99 ≤ 50 ms, ≥ 50 % of pgbench ({share:.0%})", ok
    if name in ("mine-frister", "mine-frister-api", "unit-worklist"):
        return "p95 ≤ 50 ms", r["p95"] <= 50
    if name == "search":
        return "p95 ≤ 200 ms", r["p95"] <= 200
    return "—", None


def java_version():
    out = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    return out[0] if out else "?"


def memory_gib():
    with open("/proc/meminfo") as f:
        return round(int(f.readline().split()[1]) / 1024 / 1024)


print("# Benchmarks against the running application\n")
print(f"Machine: {os.cpu_count()} cores, {memory_gib()} GiB, {platform.system()} {platform.release()}; {java_version()}; "
      f"embedded PostgreSQL 17. Date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%dT%H:%MZ}.")
print(f"Data: {counts} (bench/load-data.sh).")
print(f"Command: `bash bench/run.sh {seconds}`: wrk with {connections} connections and 2 threads for {seconds} s per scenario "
      "after 10 s of warm-up, on the same 2 cores as the application and PostgreSQL. Latencies in milliseconds. Before "
      f"the first scenario the database was vacuumed and analyzed and autovacuum let finish ({settle} s). CPU per "
      "request: the user and system time of the JVM and of all PostgreSQL processes during the scenario, divided by its "
      "requests (wrk's own share is the rest of the 2 cores).\n")
print("| scenario | requests/s | p50 | p95 | p99 | max | errors | CPU ms/request: JVM + PostgreSQL | target | met |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for name, r in rows.items():
    goal, ok = target(name, r)
    title = TITLES.get(name.split("@")[0], name) + (f" at {name.split('@')[1]} connections" if "@" in name else "")
    errors = r["notOk"] + r["socketErrors"]
    met = "—" if ok is None else ("yes" if ok and errors == 0 and r["requests"] > 0 else "**no**")
    cpu = f"{r['jvmMs']:.2f} + {r['pgMs']:.2f}" if "jvmMs" in r else "—"
    print(f"| {title} | {r['rps']:,.0f} | {r['p50']:.1f} | {r['p95']:.1f} | {r['p99']:.1f} | {r['max']:.0f} "
          f"| {errors} | {cpu} | {goal} | {met} |")
print()
print(f"**The limit beside it:** `pgbench -M prepared -c {connections} -j 2 -T {seconds} -f bench/case-page.sql` runs the case "
      f"page's SQL (the log-in's reads, the case and its access facts, the access-log append in its own transaction, the "
      f"parties) straight against the same PostgreSQL: **{pg_tps:,.0f} transactions/s** (average {pg_latency} ms).")
for name in ("case-html", "case-api"):
    if name in rows and pg_tps:
        print(f"- {TITLES[name]}: {rows[name]['rps']:,.0f}/s = **{rows[name]['rps'] / pg_tps:.0%}** of pgbench's rate.")
print()
m = re.search(r"(\d+) new warnings in (\d+) ms", watch_line or "")
if m:
    ms = int(m.group(2))
    print(f"**Nightly deadline job** over all open deadlines of the load data: {int(m.group(1)):,} new warnings "
          f"written in {ms / 1000:.1f} s — target ≤ 60 s: {'met' if ms <= 60000 else '**not met**'}.\n")
else:
    print("**Nightly deadline job:** no timing found in the application log.\n")
if draws:
    times = [d.split()[1] for d in draws if len(d.split()) == 2 and d.split()[0] == "200"]
    print(f"**Supervision draw** of 60 cases from the leader's unit (population {population} cases, stored with their keys, "
          f"sample assigned and pre-filled): {', '.join(f'{float(t):.2f} s' for t in times) or 'failed: ' + ', '.join(draws)} "
          "(three draws, curl's total time).\n")
if heap:
    print(f"Heap in use after the run: {heap} (of 2 GiB, `-Xms2g -Xmx2g`).")
