-- wrk script: unique, token-authenticated ticket-message-created bodies, so every request is a new inbox row.
-- The body is the template in BENCH_BODY_FILE (written by scripts/bench from contracts/, see Bodies.java):
-- TICKET and MESSAGE are replaced per request. BENCH_RUN makes ticket ids unique per run; each wrk thread
-- numbers its own messages. done() prints one JSON line for the driver.
local token = os.getenv("BENCH_TOKEN") or "bench-webhook-token-0123456789abcdef"
local run = tonumber(os.getenv("BENCH_RUN") or "1")
local file = assert(io.open(assert(os.getenv("BENCH_BODY_FILE"), "BENCH_BODY_FILE is not set"), "rb"))
local template = file:read("*a")
file:close()
local threads = {}
local next_id = 1

function setup(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  ticket = tostring(run * 100 + thread_id)
  headers = { ["Content-Type"] = "application/json", ["X-Gorgias-Bridge-Token"] = token }
end

function request()
  counter = counter + 1
  local body = template:gsub("TICKET", ticket):gsub("MESSAGE", tostring(counter))
  return wrk.format("POST", nil, headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"errors_connect":%d,"errors_read":%d,"errors_write":%d,"errors_status":%d,"errors_timeout":%d,' ..
    '"p50_us":%d,"p95_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean))
end
