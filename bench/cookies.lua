-- Collects real, server-signed visitor cookies: each request comes without one and gets a fresh Set-Cookie.
local out

function init(args)
  out = io.open(args[1], "a")
end

function response(status, headers, body)
  local set = headers["Set-Cookie"]
  if set then
    local value = set:match("bs_visitor=([^;]+)")
    if value then out:write(value, "\n"); out:flush() end
  end
end
