-- Reports throughput and percentiles in one machine-readable line. With BENCH_MAX_ID set, each
-- request GETs /api/articles/{id}{BENCH_SUFFIX} for an id drawn uniformly from 1..BENCH_MAX_ID.
local max_id = tonumber(os.getenv("BENCH_MAX_ID") or "")
local suffix = os.getenv("BENCH_SUFFIX") or ""
if max_id then
  math.randomseed(os.time())
  function request()
    return wrk.format("GET", "/api/articles/" .. math.random(1, max_id) .. suffix)
  end
end

function done(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
