# Shared pieces of the benchmarks that run the built site (bench/api, bench/public). Source it
# from the repository root after `set -euo pipefail`:
#
#   . bench/lib/common.sh
#   bench_require wrk curl java
#   BENCH_DIR=$(mktemp -d ...)
#   bench_start_site PORT DEMO_CONTENT LOGIN PASSWORD     # sets BASE and SITE_PID (the JVM's pid)
#   bench_create_articles LOGIN PASSWORD N CLIENTS        # sets CREATED_TOTAL and CREATE_RATE
#   bench_wait_related LOGIN PASSWORD                     # sets RELATED_CAUGHT_UP and RELATED_STATUS
#   bench_measure NAME CONNS wrk-args...                  # warm-up, ROUNDS rounds, one table row
#
# Everything started through these functions (or registered with bench_on_exit) is stopped when
# the script exits, fails or is interrupted.

BENCH_LIB=bench/lib
BENCH_CLEANUP=()

# Runs a command (a string) at exit; the last registered runs first.
bench_on_exit() { BENCH_CLEANUP+=("$1"); }

bench_cleanup() {
  local i
  for ((i = ${#BENCH_CLEANUP[@]} - 1; i >= 0; i--)); do
    eval "${BENCH_CLEANUP[i]}" || true
  done
  BENCH_CLEANUP=()
}
trap bench_cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM

# Stops a process we started: TERM, then KILL if it is still there after 30 s.
bench_stop() {
  local pid=$1
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.5
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# Fails with the Debian packages to install when a command is missing. Arguments: command or
# command:package.
bench_require() {
  local missing=() t
  for t in "$@"; do
    command -v "${t%%:*}" >/dev/null 2>&1 || missing+=("${t#*:}")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Missing: ${missing[*]}. Install with: apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
}

# True when something accepts connections on 127.0.0.1:PORT.
bench_port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Starts the built site (SKIP_BUILD=1 ./run.sh, so JAVA_OPTS as run.sh's default unless set) on a
# fresh data directory under BENCH_DIR and waits for /health.
bench_start_site() {
  local port=$1 demo=$2 login=$3 password=$4
  BASE="http://127.0.0.1:$port"
  if bench_port_busy "$port"; then
    echo "Port $port is already in use; choose another with PORT=..." >&2
    exit 1
  fi
  echo "Starting the site on port $port with data in $BENCH_DIR (demo content: $demo) ..."
  CMS_PORT=$port CMS_DATA_DIR=$BENCH_DIR/data CMS_DEMO_CONTENT=$demo CMS_ADMIN_USER=$login \
    CMS_ADMIN_PASSWORD=$password SKIP_BUILD=1 ./run.sh > "$BENCH_DIR/server.log" 2>&1 &
  SITE_PID=$! # run.sh execs java: this is the JVM
  bench_on_exit "bench_stop $SITE_PID"
  local started=""
  for _ in $(seq 1 180); do
    if ! kill -0 "$SITE_PID" 2>/dev/null; then break; fi
    if curl -fs "$BASE/health" >/dev/null 2>&1; then started=1; break; fi
    sleep 1
  done
  if [ -z "$started" ]; then
    if kill -0 "$SITE_PID" 2>/dev/null; then
      echo "The site did not answer $BASE/health within 180 s; last lines of $BENCH_DIR/server.log:" >&2
    else
      echo "The site did not start (the server exited); last lines of $BENCH_DIR/server.log:" >&2
    fi
    tail -n 20 "$BENCH_DIR/server.log" >&2 || true
    exit 1
  fi
}

# Creates N articles through POST /api/articles with CLIENTS concurrent clients.
bench_create_articles() {
  local login=$1 password=$2 n=$3 clients=$4
  echo "Creating $n articles through POST /api/articles ($clients concurrent clients) ..."
  java $BENCH_LIB/CreateArticles.java "$BASE" "$login" "$password" "$n" "$clients" | tee "$BENCH_DIR/create.txt"
  CREATED_TOTAL=$(curl -fs -D - -o /dev/null "$BASE/api/articles?per_page=1" | tr -d '\r' \
    | awk -F': ' 'tolower($1)=="x-total-count"{print $2}')
  CREATE_RATE=$(awk -F'[= ]' '{printf "%.0f", $2/$6}' "$BENCH_DIR/create.txt")
}

# Recommended Posts recompute lists in the background after each publish: waits (up to 10 min)
# until they caught up. RELATED_CAUGHT_UP stays empty if they never did or the plugin is absent.
bench_wait_related() {
  local login=$1 password=$2 wait_start
  RELATED_CAUGHT_UP=""
  RELATED_STATUS="(plugin absent)"
  if curl -fs -u "$login:$password" "$BASE/api/related/status" >/dev/null 2>&1; then
    wait_start=$(date +%s)
    for _ in $(seq 1 600); do
      RELATED_STATUS=$(curl -fs -u "$login:$password" "$BASE/api/related/status")
      if echo "$RELATED_STATUS" | grep -q '"rebuild":null' \
          && echo "$RELATED_STATUS" | grep -q '"changesQueued":0,"changesInProgress":0,'; then
        RELATED_CAUGHT_UP=$(( $(date +%s) - wait_start ))
        break
      fi
      sleep 1
    done
  fi
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# One wrk round (DURATION, WRK_THREADS threads) appending measure.lua's RESULT line to FILE.
bench_wrk_round() { # file, connections, wrk args...
  local file=$1 conns=$2; shift 2
  wrk -t"${WRK_THREADS:-2}" -c"$conns" -d"$DURATION" --latency -s $BENCH_LIB/measure.lua "$@" | grep '^RESULT' >> "$file"
}

# Medians over the RESULT lines of FILE: sets rps, p50, p99; bad = non-2xx summed over the rounds,
# errs = socket errors summed, bytes = median bytes per response.
bench_summarize() {
  local file=$1
  rps=$(grep -o 'rps=[0-9.]*' "$file" | cut -d= -f2 | median)
  p50=$(grep -o 'p50_ms=[0-9.]*' "$file" | cut -d= -f2 | median)
  p99=$(grep -o 'p99_ms=[0-9.]*' "$file" | cut -d= -f2 | median)
  bad=$(grep -o 'non2xx=[0-9]*' "$file" | cut -d= -f2 | paste -sd+ | bc)
  errs=$(grep -o 'errors=[0-9]*' "$file" | cut -d= -f2 | paste -sd+ | bc)
  bytes=$(grep -o 'bytes=[0-9]*' "$file" | cut -d= -f2 | median)
}

bench_row() { # name, connections, req/s, p50, p99, non-2xx
  printf "| %-42s | %5s | %10s | %8s | %8s | %7s |\n" "$@"
}

bench_table_header() {
  echo "| case                                       | conns |      req/s |  p50 ms  |  p99 ms  | non-2xx |"
  echo "|--------------------------------------------|-------|------------|----------|----------|---------|"
}

# A 5 s warm-up (not counted), then ROUNDS rounds of DURATION; prints the row of medians.
bench_measure() { # name, connections, wrk args (URL last)...
  local name=$1 conns=$2; shift 2
  wrk -t"${WRK_THREADS:-2}" -c"$conns" -d5s -s $BENCH_LIB/measure.lua "$@" >/dev/null 2>&1
  : > "$BENCH_DIR/rounds.txt"
  for _ in $(seq 1 "$ROUNDS"); do
    bench_wrk_round "$BENCH_DIR/rounds.txt" "$conns" "$@"
  done
  bench_summarize "$BENCH_DIR/rounds.txt"
  bench_row "$name" "$conns" "$(printf '%.0f' "$rps")" "$(printf '%.2f' "$p50")" "$(printf '%.2f' "$p99")" "$bad"
}
