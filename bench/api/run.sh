#!/usr/bin/env bash
# REST API benchmark: starts the built site on a fresh data directory, creates ARTICLES synthetic
# articles through the API, then measures reads with wrk on loopback and prints a table.
#
#   bench/api/run.sh                    # 10,000 articles, 3 rounds of 15 s per case
#   ARTICLES=2000 ROUNDS=1 DURATION=5s bench/api/run.sh   # a quick look
#   SKIP_BUILD=1 bench/api/run.sh       # reuse the last build
#
# Needs: wrk (apt-get install wrk), curl, a JDK. Nothing else may use PORT (default 18080).
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLES=${ARTICLES:-10000}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-15s}
PORT=${PORT:-18080}
BENCH_DIR=$(mktemp -d "${TMPDIR:-/tmp}/cms-bench-api.XXXXXX")
PASSWORD="bench-$(date +%s)-password"
HERE=bench/api
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ -z "${SKIP_BUILD:-}" ]; then ./mvnw -q -B -DskipTests package; fi

echo "Starting the site on port $PORT with data in $BENCH_DIR ..."
CMS_PORT=$PORT CMS_DATA_DIR=$BENCH_DIR/data CMS_DEMO_CONTENT=false CMS_ADMIN_USER=bench \
  CMS_ADMIN_PASSWORD=$PASSWORD SKIP_BUILD=1 ./run.sh > "$BENCH_DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$BASE/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/health" >/dev/null || { echo "the site did not start; see $BENCH_DIR/server.log" >&2; exit 1; }
JAVA_PID=$(pgrep -f -- "--port $PORT" | head -n1)

CONNS_CREATE=8
echo "Creating $ARTICLES articles through POST /api/articles ($CONNS_CREATE concurrent clients) ..."
java $HERE/CreateArticles.java "$BASE" bench "$PASSWORD" "$ARTICLES" "$CONNS_CREATE" | tee "$BENCH_DIR/create.txt"
TOTAL=$(curl -fs -D - -o /dev/null "$BASE/api/articles?per_page=1" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-total-count"{print $2}')
CREATE_RATE=$(awk -F'[= ]' '{printf "%.0f", $2/$6}' "$BENCH_DIR/create.txt")
MAX_ID=$TOTAL

# Recommended Posts recompute lists in the background after each publish: wait until they caught up.
RELATED_CAUGHT_UP=""
STATUS="(plugin absent)"
if curl -fs -u "bench:$PASSWORD" "$BASE/api/related/status" >/dev/null 2>&1; then
  WAIT_START=$(date +%s)
  for _ in $(seq 1 600); do
    STATUS=$(curl -fs -u "bench:$PASSWORD" "$BASE/api/related/status")
    if echo "$STATUS" | grep -q '"rebuild":null' && echo "$STATUS" | grep -q '"changesQueued":0,"changesInProgress":0,'; then
      RELATED_CAUGHT_UP=$(( $(date +%s) - WAIT_START ))
      break
    fi
    sleep 1
  done
fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() { # name, connections, wrk args...
  local name=$1 conns=$2; shift 2
  wrk -t2 -c"$conns" -d5s "$@" >/dev/null 2>&1 # warm-up, not counted
  : > "$BENCH_DIR/rounds.txt"
  for _ in $(seq 1 "$ROUNDS"); do
    wrk -t2 -c"$conns" -d"$DURATION" --latency "$@" | grep '^RESULT' >> "$BENCH_DIR/rounds.txt"
  done
  local rps p50 p99 bad
  rps=$(grep -o 'rps=[0-9.]*' "$BENCH_DIR/rounds.txt" | cut -d= -f2 | median)
  p50=$(grep -o 'p50_ms=[0-9.]*' "$BENCH_DIR/rounds.txt" | cut -d= -f2 | median)
  p99=$(grep -o 'p99_ms=[0-9.]*' "$BENCH_DIR/rounds.txt" | cut -d= -f2 | median)
  bad=$(grep -o 'non2xx=[0-9]*' "$BENCH_DIR/rounds.txt" | cut -d= -f2 | paste -sd+ | bc)
  printf "| %-42s | %5s | %10.0f | %8.2f | %8.2f | %6s |\n" "$name" "$conns" "$rps" "$p50" "$p99" "$bad"
}

echo
echo "Commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $ROUNDS rounds of $DURATION per row (medians)."
echo "Articles created per second: $CREATE_RATE ($TOTAL articles, $CONNS_CREATE connections, HTTP Basic)"
echo "Recommended Posts lists caught up ${RELATED_CAUGHT_UP:-(never; rows skipped)} s after the last create; status: $STATUS"
echo
echo "| case                                       | conns |      req/s |  p50 ms  |  p99 ms  | non-2xx |"
echo "|--------------------------------------------|-------|------------|----------|----------|--------|"
for c in 8 64; do
  measure "GET /api/articles/1 (one hot article)" $c -s $HERE/measure.lua "$BASE/api/articles/1"
done
export BENCH_MAX_ID=$MAX_ID
# Render every article once first: the random rows measure reads of rendered articles.
wrk -t2 -c64 -d"${RANDOM_WARMUP:-30s}" -s $HERE/measure.lua "$BASE" >/dev/null 2>&1
for c in 8 64; do
  measure "GET /api/articles/{id}, random of $MAX_ID" $c -s $HERE/measure.lua "$BASE"
done
for c in 8 64; do
  measure "GET /api/articles?per_page=20" $c -s $HERE/measure.lua "$BASE/api/articles?per_page=20"
done
if [ -n "$RELATED_CAUGHT_UP" ]; then
  for c in 8 64; do
    measure "GET /api/articles/1/related (one hot list)" $c -s $HERE/measure.lua "$BASE/api/articles/1/related"
  done
  export BENCH_SUFFIX=/related
  for c in 8 64; do
    measure "GET /api/articles/{id}/related, random" $c -s $HERE/measure.lua "$BASE"
  done
  unset BENCH_SUFFIX
fi
unset BENCH_MAX_ID
RSS=$(ps -o rss= -p "$JAVA_PID" | awk '{printf "%.0f", $1/1024}')
echo
echo "Server RSS after the runs: ${RSS} MiB ($TOTAL articles; JVM options of run.sh)"
echo "Reproduce: ARTICLES=$ARTICLES ROUNDS=$ROUNDS DURATION=$DURATION bench/api/run.sh"
