-- Posts pre-signed Stripe events: thread t of n posts lines t, t+n, t+2n, … of the file once each, then repeats
-- them (Stripe redelivers too; a repeat must be a no-op). done() writes how many distinct events were sent.
local threads = {}
local id = 0
local events = {}
local sent = 0

function setup(thread)
  thread:set("tid", id)
  id = id + 1
  table.insert(threads, thread)
end

function init(args)
  local n = tonumber(args[2])
  local i = 0
  for line in io.lines(args[1]) do
    if i % n == tid then
      local signature, body = line:match("^([^\t]+)\t(.*)$")
      events[#events + 1] = wrk.format("POST", "/webhooks/stripe",
          { ["Content-Type"] = "application/json", ["Stripe-Signature"] = signature }, body)
    end
    i = i + 1
  end
  distinct = 0
end

function request()
  sent = sent + 1
  if sent <= #events then distinct = sent end
  return events[((sent - 1) % #events) + 1]
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + (thread:get("distinct") or 0) end
  local out = io.open(os.getenv("WEBHOOK_DISTINCT_FILE"), "w")
  out:write(total, "\n")
  out:close()
end
