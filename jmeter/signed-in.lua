-- wrk script of jmeter/throughput.sh: each request carries the next signed-in session's cookies from the file
-- ZYK_BENCH_COOKIES (one Cookie header value per line); each wrk thread starts at its own place in the list.
local cookies = {}
for line in io.lines(os.getenv("ZYK_BENCH_COOKIES")) do
  if #line > 0 then cookies[#cookies + 1] = line end
end
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("offset", threads * 7)
end
local n = 0
function request()
  n = n + 1
  local headers = {}
  for k, v in pairs(wrk.headers) do headers[k] = v end
  headers["Cookie"] = cookies[((n + (offset or 0)) % #cookies) + 1]
  return wrk.format(nil, nil, headers)
end
