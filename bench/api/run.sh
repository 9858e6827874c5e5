#!/usr/bin/env bash
# REST API benchmark: starts the built site on a fresh data directory, creates ARTICLES synthetic
# articles through the API, then measures reads with wrk on loopback and prints a table.
#
#   bench/api/run.sh                    # 10,000 articles, 3 rounds of 15 s per case
#   ARTICLES=2000 ROUNDS=1 DURATION=5s bench/api/run.sh   # a quick look
#   SKIP_BUILD=1 bench/api/run.sh       # reuse the last build
#
# Needs: wrk (apt-get install wrk), curl, a JDK. Nothing else may use PORT (default 18080).
# The article generator, wrk's reporting script and the site start-up are shared with
# bench/public, in bench/lib.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/common.sh
ARTICLES=${ARTICLES:-10000}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-15s}
PORT=${PORT:-18080}
PASSWORD="bench-$(date +%s)-password"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

bench_require wrk curl java bc
if [ -z "${SKIP_BUILD:-}" ]; then ./mvnw -q -B -DskipTests package; fi
BENCH_DIR=$(mktemp -d "${TMPDIR:-/tmp}/cms-bench-api.XXXXXX")

bench_start_site "$PORT" false bench "$PASSWORD"
CONNS_CREATE=8
bench_create_articles bench "$PASSWORD" "$ARTICLES" "$CONNS_CREATE"
TOTAL=$CREATED_TOTAL
MAX_ID=$TOTAL
bench_wait_related bench "$PASSWORD"

echo
echo "Commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $ROUNDS rounds of $DURATION per row (medians)."
echo "Articles created per second: $CREATE_RATE ($TOTAL articles, $CONNS_CREATE connections, HTTP Basic)"
echo "Recommended Posts lists caught up ${RELATED_CAUGHT_UP:-(never; rows skipped)} s after the last create; status: $RELATED_STATUS"
echo
bench_table_header
for c in 8 64; do
  bench_measure "GET /api/articles/1 (one hot article)" $c "$BASE/api/articles/1"
done
# BENCH_MAX_ID makes measure.lua draw an article per request, whatever URL wrk is given: set only
# around the random rows.
export BENCH_MAX_ID=$MAX_ID
# Render every article once first: the random rows measure reads of rendered articles.
wrk -t2 -c64 -d"${RANDOM_WARMUP:-30s}" -s $BENCH_LIB/measure.lua "$BASE" >/dev/null 2>&1
for c in 8 64; do
  bench_measure "GET /api/articles/{id}, random of $MAX_ID" $c "$BASE"
done
unset BENCH_MAX_ID
for c in 8 64; do
  bench_measure "GET /api/articles?per_page=20" $c "$BASE/api/articles?per_page=20"
done
if [ -n "$RELATED_CAUGHT_UP" ]; then
  for c in 8 64; do
    bench_measure "GET /api/articles/1/related (one hot list)" $c "$BASE/api/articles/1/related"
  done
  export BENCH_MAX_ID=$MAX_ID BENCH_SUFFIX=/related
  for c in 8 64; do
    bench_measure "GET /api/articles/{id}/related, random" $c "$BASE"
  done
  unset BENCH_MAX_ID BENCH_SUFFIX
fi
RSS=$(ps -o rss= -p "$SITE_PID" | awk '{printf "%.0f", $1/1024}')
echo
echo "Server RSS after the runs: ${RSS} MiB ($TOTAL articles; JVM options of run.sh)"
echo "Load average at start $LOAD_START, at end $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine shows here)"
echo "Reproduce: ARTICLES=$ARTICLES ROUNDS=$ROUNDS DURATION=$DURATION bench/api/run.sh"
