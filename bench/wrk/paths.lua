-- wrk script for the benchmark suite (bench/run.sh): each thread goes round the request paths in a file, one per line,
-- starting at its own place. Arguments after "--": the file, then optionally the method and a JSON body.
-- At the end it prints one line "RESULT {...}" with throughput, latency percentiles in milliseconds and errors (every
-- answer that is not 2xx, and socket errors).
local paths = {}
local next_path = 0
local method = "GET"
local body = nil
local headers = {}
local threads = {}
bad = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  method = args[2] or "GET"
  body = args[3]
  -- wrk.format replaces wrk.headers (the -H options) with the table it is given: start from them
  for name, value in pairs(wrk.headers) do headers[name] = value end
  if body then headers["Content-Type"] = "application/json" end
  math.randomseed(os.time() + tonumber(tostring(paths):match("0x(%x+)") or "0", 16))
  next_path = math.random(#paths)
end

-- a body with @TEXT@ gets one of these notes, so the journaled documents read like the rest of the journal (a search
-- for a common word must not find thousands of identical benchmark notes in front of the real ones)
local notes = {
  "Telefonsamtale med moren om barnets trivsel i skolen og aftale om nyt netværksmøde.",
  "Underretning fra sundhedsplejersken drøftet med teamlederen; børnefaglig undersøgelse iværksættes.",
  "Samtale med drengen uden forældrene til stede. Han fortæller om fravær fra skolen.",
  "Handleplanen opdateret efter opfølgning med plejefamilien og psykologen.",
  "Bevilget aflastning to weekender om måneden; forældrene er orienteret.",
  "Pædagog fra ungdomsklubben beskriver bekymring for misbrug og dårligt netværk.",
  "Mail fra skolen om pigens trivsel og ønske om møde med familien.",
  "Forældrene har givet samtykke til indhentning af oplysninger fra lægen.",
}

function request()
  next_path = next_path % #paths + 1
  local b = body
  if b then b = b:gsub("@TEXT@", notes[math.random(#notes)]) end
  return wrk.format(method, paths[next_path], headers, b)
end

-- a redirect (to the log-in page, say) is a failure here too, not only 4xx and 5xx
function response(status, response_headers, response_body)
  if status >= 300 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local e = summary.errors
  local refused = 0
  for _, thread in ipairs(threads) do refused = refused + thread:get("bad") end
  io.write(string.format(
    'RESULT {"requests": %d, "seconds": %.2f, "rps": %.1f, "p50": %.2f, "p95": %.2f, "p99": %.2f, "max": %.2f, '
      .. '"notOk": %d, "socketErrors": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    refused, e.connect + e.read + e.write + e.timeout))
end
