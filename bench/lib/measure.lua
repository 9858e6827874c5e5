-- wrk script of the benches: reports throughput and percentiles in one machine-readable line.
--   BENCH_MAX_ID=N [BENCH_SUFFIX=/x]: each request GETs /api/articles/{id}{BENCH_SUFFIX} for an id
--     drawn uniformly from 1..N;
--   BENCH_PATHS=file: each request GETs a path drawn uniformly from the file (one per line);
--   neither: the URL given to wrk.
-- RESULT fields: bytes = bytes read per response (headers and body), a check that responses
-- carried the whole body; non2xx = wrk's status errors (responses with status >= 400); errors =
-- socket errors (connect, read, write, timeout).
local max_id = tonumber(os.getenv("BENCH_MAX_ID") or "")
local suffix = os.getenv("BENCH_SUFFIX") or ""
local paths_file = os.getenv("BENCH_PATHS")

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  -- each wrk thread draws its own sequence
  math.randomseed(os.time() * 100 + (thread_number or 0))
end

if max_id then
  function request()
    return wrk.format("GET", "/api/articles/" .. math.random(1, max_id) .. suffix)
  end
elseif paths_file then
  local paths = {}
  for line in io.lines(paths_file) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  function request()
    return wrk.format("GET", paths[math.random(1, #paths)])
  end
end

function done(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d bytes=%.0f requests=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests > 0 and summary.bytes / summary.requests or 0, summary.requests))
end
