#!/usr/bin/env bash
# Boot benchmark: how long the site takes from `./run.sh` to answering, as users start it.
#
#   bench/boot/run.sh                # 3 rounds
#   ROUNDS=1 bench/boot/run.sh       # a quick look
#   SKIP_BUILD=1 bench/boot/run.sh   # reuse the last build
#   JAVA_OPTS="..." bench/boot/run.sh   # other JVM options (run.sh's defaults otherwise)
#
# Each round starts the built site twice: on an empty data directory (migrations, the first
# administrator, the demo content, the search index and Recommended Posts lists built), then again
# on the data the first start left (what every later start does). For each start it times, from
# the moment run.sh is launched, the first 200 of /health, of the home page and of the admin's
# sign-in page (polled every 100 ms), and prints the medians side by side with the target (15 s to
# healthy), the RSS once healthy, and where the last start's time went by the server's own log
# (Payara's runtime, the deployment of the WAR, the application's start-up).
#
# Needs: curl, bc, a JDK 17. Nothing else may use PORT (18095). Run it on a quiet machine: boot is
# CPU-bound on both cores, so anything else running lengthens it.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/common.sh
ROUNDS=${ROUNDS:-3}
PORT=${PORT:-18095}
TARGET=15
bench_require curl java bc
if [ -z "${SKIP_BUILD:-}" ]; then ./mvnw -q -B -DskipTests package; fi
BENCH_DIR=$(mktemp -d "${TMPDIR:-/tmp}/cms-bench-boot.XXXXXX")
BASE="http://127.0.0.1:$PORT"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
if bench_port_busy "$PORT"; then
  echo "Port $PORT is already in use; choose another with PORT=..." >&2
  exit 1
fi

SITE_PID=""
bench_on_exit 'bench_stop "$SITE_PID"'
now() { date +%s.%N; }
# Seconds from $1 until $2 answers 200 (polled every 100 ms), or exits the script after 300 s.
until_ok() {
  local since=$1 url=$2
  for _ in $(seq 1 3000); do
    if curl -fs -o /dev/null "$url" 2>/dev/null; then echo "$(now) - $since" | bc; return; fi
    if ! kill -0 "$SITE_PID" 2>/dev/null; then echo "The server exited; see $BENCH_DIR/server.log" >&2; exit 1; fi
    sleep 0.1
  done
  echo "$url did not answer 200 within 300 s; see $BENCH_DIR/server.log" >&2
  exit 1
}

# One start on data directory $1: appends "health home signin rss_mib" to $2.
boot() {
  local data=$1 out=$2 started health home signin rss
  started=$(now)
  CMS_PORT=$PORT CMS_DATA_DIR=$data CMS_ADMIN_PASSWORD="bench-boot-password" SKIP_BUILD=1 \
    ./run.sh > "$BENCH_DIR/server.log" 2>&1 &
  SITE_PID=$!
  health=$(until_ok "$started" "$BASE/health")
  rss=$(( $(ps -o rss= -p "$SITE_PID") / 1024 ))
  home=$(until_ok "$started" "$BASE/")
  signin=$(until_ok "$started" "$BASE/admin/login.xhtml")
  echo "$health $home $signin $rss" >> "$out"
  bench_stop "$SITE_PID"
}

for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$BENCH_DIR/data"
  boot "$BENCH_DIR/data" "$BENCH_DIR/first"
  boot "$BENCH_DIR/data" "$BENCH_DIR/again"
  echo "round $round: first start $(tail -n1 "$BENCH_DIR/first"), again $(tail -n1 "$BENCH_DIR/again") (health, home, sign-in in s; RSS MiB)"
done

col() { cut -d' ' -f"$2" "$1" | median; }
echo
echo "Commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, JAVA_OPTS ${JAVA_OPTS:-of run.sh}; medians of $ROUNDS rounds"
printf '%-32s %10s %10s %10s %10s %10s\n' "start" "healthy s" "home s" "sign-in s" "RSS MiB" "target s"
for kind in first again; do
  label=$([ $kind = first ] && echo "empty data directory" || echo "existing data (every later start)")
  printf '%-32s %10.1f %10.1f %10.1f %10.0f %10s\n' "$label" "$(col "$BENCH_DIR/$kind" 1)" \
    "$(col "$BENCH_DIR/$kind" 2)" "$(col "$BENCH_DIR/$kind" 3)" "$(col "$BENCH_DIR/$kind" 4)" "<= $TARGET"
done
echo
echo "Where the last start went (the server's log):"
sed 's/\x1b\[[0-9;]*m//g' "$BENCH_DIR/server.log" \
  | grep -oE "startup time : .*|ROOT was successfully deployed in [0-9,]+ milliseconds|ready in [0-9,]+ \(ms\)" || true
echo
echo "Load average at start: $LOAD_START; at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Reproduce: SKIP_BUILD=1 ROUNDS=$ROUNDS bench/boot/run.sh"
# Kept when a start fails (its server.log is named above); nothing left of a run that finished.
rm -rf "$BENCH_DIR"
