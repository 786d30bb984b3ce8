-- wrk script for the benchmark suite (bench/run.sh): each thread goes round the request paths in a file, one per line,
-- starting at its own place. Arguments after "--": the file, then optionally the method and a JSON body.
-- At the end it prints one line "RESULT {...}" with throughput, latency percentiles in milliseconds and errors.
local paths = {}
local next_path = 0
local method = "GET"
local body = nil
local headers = {}

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  method = args[2] or "GET"
  body = args[3]
  if body then headers["Content-Type"] = "application/json" end
  math.randomseed(os.time() + tonumber(tostring(paths):match("0x(%x+)") or "0", 16))
  next_path = math.random(#paths)
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format(method, paths[next_path], headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "seconds": %.2f, "rps": %.1f, "p50": %.2f, "p95": %.2f, "p99": %.2f, "max": %.2f, '
      .. '"non2xx": %d, "socketErrors": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
