-- Anonymous readers on gated article pages: every request takes the next (visitor cookie, article) pair, so
-- visitors read several METERED and PREMIUM articles each: first reads are counted on the meter (a write),
-- re-reads take the meter's lock, exhausted meters and PREMIUM articles get the paywall.
local cookies, slugs = {}, {}
local counter = 0

function setup(thread)
  thread:set("offset", math.random(1, 100000))
end

function init(args)
  for line in io.lines(args[1]) do cookies[#cookies + 1] = line end
  for line in io.lines(args[2]) do slugs[#slugs + 1] = line end
  counter = offset or 0
end

function request()
  counter = counter + 1
  local cookie = cookies[(counter % #cookies) + 1]
  local slug = slugs[(math.floor(counter / #cookies) % #slugs) + 1]
  return wrk.format("GET", "/article/" .. slug, { ["Cookie"] = "bs_visitor=" .. cookie })
end
