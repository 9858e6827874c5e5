#!/usr/bin/env bash
# Crash bench: are acknowledged writes still there after the server is killed?
#   1. starts the built site on a fresh data directory and times ARTICLES creates (CLIENTS
#      concurrent clients) for the creates/s figure;
#   2. CLIENTS writers create articles while the server is killed with SIGKILL KILLS times, each
#      time after WRITE_SECONDS, and restarted on the same data;
#   3. reads every article that was answered 201 back and prints acknowledged / lost.
#
#   bench/durability/run.sh                         # H2 in a fresh data directory
#   CMS_DB_URL=jdbc:postgresql://127.0.0.1:5432/cms_crash CMS_DB_USER=postgres bench/durability/run.sh
#   ARTICLES=200 CLIENTS=4 KILLS=1 bench/durability/run.sh   # a quick look
#   SKIP_BUILD=1 bench/durability/run.sh            # reuse the last build
#
# With CMS_DB_URL the database must be empty (the site migrates it and creates the bench user).
# Nothing else may use PORT (default 18090).
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/common.sh
ARTICLES=${ARTICLES:-1000}
CLIENTS=${CLIENTS:-8}
KILLS=${KILLS:-2}
WRITE_SECONDS=${WRITE_SECONDS:-15}
PORT=${PORT:-18090}
PASSWORD="bench-$(date +%s)-password"

bench_require curl java
if [ -z "${SKIP_BUILD:-}" ]; then ./mvnw -q -B -DskipTests package; fi
BENCH_DIR=$(mktemp -d "${TMPDIR:-/tmp}/cms-bench-durability.XXXXXX")
DATABASE=${CMS_DB_URL:-"H2 in $BENCH_DIR/data"}

bench_start_site "$PORT" false bench "$PASSWORD"
bench_create_articles bench "$PASSWORD" "$ARTICLES" "$CLIENTS"
# One decimal: on a small machine the rate is a few dozen a second.
CREATE_RATE=$(awk -F'[= ]' '{printf "%.1f", $2/$6}' "$BENCH_DIR/create.txt")

echo "Writing with $CLIENTS clients; killing the server (SIGKILL) $KILLS times, ${WRITE_SECONDS} s apart ..."
java bench/durability/AcknowledgedWrites.java write "$BASE" bench "$PASSWORD" "$CLIENTS" \
  "$BENCH_DIR/acknowledged.tsv" "$BENCH_DIR/stop" > "$BENCH_DIR/writers.txt" &
WRITERS_PID=$!
bench_on_exit "touch $BENCH_DIR/stop; wait $WRITERS_PID"
for k in $(seq 1 "$KILLS"); do
  sleep "$WRITE_SECONDS"
  echo "kill -9 $SITE_PID after $(wc -l < "$BENCH_DIR/acknowledged.tsv") acknowledged creates"
  kill -9 "$SITE_PID"
  wait "$SITE_PID" 2>/dev/null || true
  bench_start_site "$PORT" false bench "$PASSWORD"
done
sleep "$WRITE_SECONDS"
touch "$BENCH_DIR/stop"
wait "$WRITERS_PID"
java bench/durability/AcknowledgedWrites.java verify "$BASE" bench "$PASSWORD" "$BENCH_DIR/acknowledged.tsv" \
  | tee "$BENCH_DIR/verify.txt"

echo
echo "Commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, database: $DATABASE"
echo "Creates per second: $CREATE_RATE ($ARTICLES articles, $CLIENTS clients, HTTP Basic)"
echo "After $KILLS kills: $(tail -n 1 "$BENCH_DIR/verify.txt") ($(cat "$BENCH_DIR/writers.txt"))"
echo "Reproduce: ${CMS_DB_URL:+CMS_DB_URL=$CMS_DB_URL }ARTICLES=$ARTICLES CLIENTS=$CLIENTS KILLS=$KILLS WRITE_SECONDS=$WRITE_SECONDS bench/durability/run.sh"
