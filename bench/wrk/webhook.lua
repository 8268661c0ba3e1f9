-- wrk script: unique, token-authenticated ticket-message-created bodies of ~1 KB, so every request is a
-- new inbox row (the same payload as bench/pgbench/insert-event.sql). BENCH_RUN makes ticket ids unique
-- per run; each wrk thread numbers its own messages. done() prints one JSON line for the driver.
local token = os.getenv("BENCH_TOKEN") or "bench-webhook-token-0123456789abcdef"
local run = tonumber(os.getenv("BENCH_RUN") or "1")
local template = [[{"ticket":{"id":TICKET,"status":"open","channel":"email","via":"email","subject":"Where is the rest of my order?","from_agent":false,"spam":false,"language":"en","updated_datetime":"2026-01-06T16:40:02.133001+00:00","customer":{"id":412000387,"email":"maria.keller@example.com","name":"Maria Keller","integrations":{"82185":{"__integration_type__":"shopify","customer":{"id":7460267524351,"email":"maria.keller@example.com","orders_count":3,"total_spent":"412.80"}}}},"messages":[]},"message":{"id":MESSAGE,"ticket_id":TICKET,"channel":"email","via":"email","from_agent":false,"public":true,"body_text":"Hi, I got one box from order #1042 but the walking foot is missing. Where is it? Also, can you tell me the tracking number for the box that is still coming? Thanks a lot, Maria","body_html":"<div>Hi, I got one box from order #1042 but the walking foot is missing. Where is it?</div>","sender":{"id":412000387,"email":"maria.keller@example.com"},"created_datetime":"2026-01-06T16:40:02.100000+00:00"}}]]
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
