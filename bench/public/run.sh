#!/usr/bin/env bash
# Public page benchmark: how close the site's kept pages come to a static file server.
#
#   bench/public/run.sh                  # 10,000 articles, 3 rounds of 15 s per row, 300 cold renders
#   ARTICLES=500 ROUNDS=1 DURATION=5s COLD_N=50 bench/public/run.sh   # a quick look
#   SKIP_BUILD=1 bench/public/run.sh     # reuse the last build
#
# Starts the built site (./run.sh: its default JAVA_OPTS unless JAVA_OPTS is set) on a fresh data
# directory with the demo content (the seed article /how-to-pop-lower-back/) plus ARTICLES
# synthetic articles created through the API, waits for Recommended Posts to catch up, then
# measures on loopback, in one run:
#
#   (a) warm: wrk on the seed article's page, answered from the kept rendered bytes (with its
#       strong ETag, but wrk sends no validators: full 200 responses, uncompressed as wrk sends no
#       Accept-Encoding). WRK_THREADS (2) threads, 8 and 64 connections, ROUNDS x DURATION, medians
#       of req/s, p50 and p99.
#   (b) cold: the page right after each invalidation. bench/public/ColdRender.java PATCHes the
#       seed article's SEO description (If-Match from the previous PATCH's ETag) and at once times
#       one GET of the page: the page's first request after the PATCH response, so it renders
#       (checked: 200, new ETag, the new description in the HTML). COLD_N (300) times after
#       COLD_WARMUP (30), COLD_PAUSE_MS (300) apart so the Recommended Posts recomputation each edit
#       triggers (150 ms later) is over before the next edit. Twice: on an idle server, and under
#       load: wrk -t1 -c8 on another article's warm page meanwhile (another page, so that the timed
#       GET stays the first request for the seed page; that load saturates the CPU, a harsher
#       "right after an edit" than most production traffic).
#   (c) the limit of this machine: nginx (Debian package) serving the HTML saved from (a) as a
#       static file, same Content-Type, same wrk settings, in nginx's fast static configuration:
#       NGINX_WORKERS (one per core) workers, access log off, sendfile, tcp_nopush and
#       tcp_nodelay, open_file_cache, and connections kept alive for the whole run
#       (keepalive_requests 100000: the default 1,000 has wrk reconnect all along). Rounds of
#       (a) and (c) alternate, so noise from other work on the machine falls on both alike.
#
# Prints requests/s, p50/p99 and non-2xx per case, (a)/(c) at 8 and 64 connections, whether the
# targets are met ((a) >= 50% of (c) and p99 <= 10 ms at 64 connections; (b) p99 <= 30 ms), the
# page size, Payara's RSS, the load average at start and end and the command to reproduce.
#
# Caveats: loopback only (no network, no TLS). wrk runs on the same cores as the server: -t2 as in
# bench/api (WRK_THREADS=1 to compare), so at 2 cores wrk takes a large share of the CPU from
# either server, and whatever else runs on the machine shows in the load average printed. The
# (b) times are seen from a Java HttpClient and include its own overhead: the same client's next
# GET of the kept page is printed next to them as the baseline. Not a capacity figure for a real
# deployment; a like-for-like comparison with a static file on the same machine.
#
# Needs: wrk and nginx (apt-get install -y wrk nginx: the script checks and tells, it does not
# install), curl, bc, a JDK 17. Runs its own nginx with its own config in the bench directory
# (never the system service). Nothing else may use PORT (18090) and NGINX_PORT (18081).
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib/common.sh
ARTICLES=${ARTICLES:-10000}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-10s}
COLD_N=${COLD_N:-300}
COLD_WARMUP=${COLD_WARMUP:-30}
COLD_PAUSE_MS=${COLD_PAUSE_MS:-300}
PORT=${PORT:-18090}
NGINX_PORT=${NGINX_PORT:-18081}
NGINX_WORKERS=${NGINX_WORKERS:-$(nproc)}
WRK_THREADS=${WRK_THREADS:-2}
SEED=how-to-pop-lower-back
PASSWORD="bench-$(date +%s)-password"
HERE=bench/public
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

bench_require wrk nginx curl bc java
if [ -z "${SKIP_BUILD:-}" ]; then ./mvnw -q -B -DskipTests package; fi
BENCH_DIR=$(mktemp -d "${TMPDIR:-/tmp}/cms-bench-public.XXXXXX")
COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo '?')"
DIRTY=$(git status --porcelain -- . 2>/dev/null | wc -l)
[ "$DIRTY" -gt 0 ] && COMMIT="$COMMIT (+$DIRTY uncommitted file(s))"

bench_on_exit "rm -rf '$BENCH_DIR/data'" # runs after the site has stopped; logs and results stay
bench_start_site "$PORT" true bench "$PASSWORD"
PAGE="$BASE/$SEED/"
curl -fs -o /dev/null "$PAGE" || { echo "The seed page $PAGE does not answer 200 (demo content missing?)" >&2; exit 1; }
CONNS_CREATE=8
bench_create_articles bench "$PASSWORD" "$ARTICLES" "$CONNS_CREATE"
echo "Waiting for Recommended Posts to catch up ..."
bench_wait_related bench "$PASSWORD"

# Warm-up, not counted. First the render path (the same templates as the seed page, as on a live
# site): random article pages, each first visit renders it. Then the seed page itself.
echo "Warming up: $WARMUP of random article pages, then $WARMUP of the seed page ..."
: > "$BENCH_DIR/paths.txt"
for p in $(seq 1 30); do
  curl -fs "$BASE/api/articles?per_page=100&page=$p" | grep -o '"link":"[^"]*"' | sed 's#.*://[^/]*##; s#"$##' >> "$BENCH_DIR/paths.txt" || break
done
grep -v "^/$SEED/\$" "$BENCH_DIR/paths.txt" > "$BENCH_DIR/paths-other.txt" || true
BENCH_PATHS=$BENCH_DIR/paths-other.txt wrk -t"$WRK_THREADS" -c8 -d"$WARMUP" -s $BENCH_LIB/measure.lua "$BASE" > "$BENCH_DIR/warmup-render.txt" 2>&1
wrk -t"$WRK_THREADS" -c64 -d"$WARMUP" "$PAGE" > /dev/null 2>&1

# The page as wrk gets it (no Accept-Encoding), saved for nginx.
mkdir -p "$BENCH_DIR/nginx/html" "$BENCH_DIR/nginx/tmp"
SAVED=$BENCH_DIR/nginx/html/index.html
IFS='|' read -r STATUS PAGE_BYTES HEADER_BYTES CTYPE < <(curl -sS -D "$BENCH_DIR/page-headers.txt" -o "$SAVED" \
  -w '%{http_code}|%{size_download}|%{size_header}|%{content_type}\n' "$PAGE") || true
page_etag() { curl -fsS -D - -o /dev/null "$PAGE" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}'; }
SEED_ETAG=$(tr -d '\r' < "$BENCH_DIR/page-headers.txt" | awk -F': ' 'tolower($1)=="etag"{print $2}')
if [ "$STATUS" != 200 ] || [[ "$CTYPE" != text/html* ]] || ! grep -q '</html>' "$SAVED"; then
  echo "The seed page came back as HTTP $STATUS, $CTYPE, $PAGE_BYTES bytes; see $BENCH_DIR" >&2
  exit 1
fi

# nginx with its own configuration (the system service is left alone).
chmod 711 "$BENCH_DIR" # nginx's workers (nobody when started as root) reach the page
chmod 755 "$BENCH_DIR/nginx" "$BENCH_DIR/nginx/html"
chmod 644 "$SAVED"
cat > "$BENCH_DIR/nginx/nginx.conf" <<CONF
# bench/public: nginx serving the seed page saved from the site as a static file
daemon off;
worker_processes $NGINX_WORKERS;
pid $BENCH_DIR/nginx/nginx.pid;
error_log $BENCH_DIR/nginx/error.log warn;
events { worker_connections 1024; }
http {
  types { text/html html; }
  default_type text/html;
  charset UTF-8;
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_requests 100000;
  keepalive_timeout 65;
  open_file_cache max=1000 inactive=60s;
  open_file_cache_valid 60s;
  open_file_cache_errors on;
  client_body_temp_path $BENCH_DIR/nginx/tmp/body;
  proxy_temp_path $BENCH_DIR/nginx/tmp/proxy;
  fastcgi_temp_path $BENCH_DIR/nginx/tmp/fastcgi;
  uwsgi_temp_path $BENCH_DIR/nginx/tmp/uwsgi;
  scgi_temp_path $BENCH_DIR/nginx/tmp/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $BENCH_DIR/nginx/html;
    index index.html;
  }
}
CONF
if bench_port_busy "$NGINX_PORT"; then
  echo "Port $NGINX_PORT is already in use; choose another with NGINX_PORT=..." >&2
  exit 1
fi
nginx -p "$BENCH_DIR/nginx/" -c "$BENCH_DIR/nginx/nginx.conf" -e "$BENCH_DIR/nginx/error.log" &
NGINX_PID=$!
bench_on_exit "bench_stop $NGINX_PID"
STATIC="http://127.0.0.1:$NGINX_PORT/"
for _ in $(seq 1 50); do
  curl -fs -o /dev/null "$STATIC" && break
  kill -0 "$NGINX_PID" 2>/dev/null || break
  sleep 0.2
done
curl -fs -o "$BENCH_DIR/static.html" "$STATIC" && cmp -s "$SAVED" "$BENCH_DIR/static.html" \
  || { echo "nginx did not serve the saved page; see $BENCH_DIR/nginx/error.log" >&2; exit 1; }
STATIC_CTYPE=$(curl -fsS -o /dev/null -w '%{content_type}' "$STATIC")
wrk -t"$WRK_THREADS" -c64 -d5s "$STATIC" > /dev/null 2>&1

# (a) and (c), rounds alternating. Each round also records the CPU time (user + system) the server
# used and the whole machine's busy time, from /proc.
proc_ticks() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; } # user nice system irq softirq
cpu_round() { # key, connections, URL, server pids...
  local key=$1 conns=$2 url=$3 s0 b0; shift 3
  s0=$(proc_ticks "$@"); b0=$(busy_ticks)
  bench_wrk_round "$BENCH_DIR/$key.txt" "$conns" "$url"
  echo "$(( $(proc_ticks "$@") - s0 )) $(( $(busy_ticks) - b0 )) $(tail -n1 "$BENCH_DIR/$key.txt" | grep -o 'requests=[0-9]*' | cut -d= -f2)" \
    >> "$BENCH_DIR/$key.cpu"
}
NGINX_PIDS=("$NGINX_PID" $(pgrep -P "$NGINX_PID" || true)) # master and workers
for r in $(seq 1 "$ROUNDS"); do
  for c in 8 64; do
    echo "Round $r/$ROUNDS, $c connections: (a) the site, (c) nginx ($DURATION each) ..."
    cpu_round "a-$c" "$c" "$PAGE" "$SITE_PID"
    cpu_round "c-$c" "$c" "$STATIC" "${NGINX_PIDS[@]}"
  done
done
KEPT=no
[ "$(page_etag)" = "$SEED_ETAG" ] && KEPT=yes

# (b) idle, then under load on another article's page.
echo "(b) cold: $COLD_N edits and first GETs after $COLD_WARMUP warm-up ones, idle server ..."
java $HERE/ColdRender.java "$BASE" bench "$PASSWORD" "$SEED" "$COLD_N" "$COLD_WARMUP" "$COLD_PAUSE_MS" > "$BENCH_DIR/cold-idle.txt"
BG_PATH=$(head -n1 "$BENCH_DIR/paths-other.txt")
bg_etag() { curl -fsS -D - -o /dev/null "$BASE$BG_PATH" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}'; }
BG_ETAG=$(bg_etag)
echo "(b) cold again, with wrk -t1 -c8 on $BG_PATH meanwhile ..."
wrk -t1 -c8 -d3600s -s $BENCH_LIB/measure.lua "$BASE$BG_PATH" > "$BENCH_DIR/background.txt" 2>&1 &
BG_PID=$!
bench_on_exit "kill -INT $BG_PID 2>/dev/null; wait $BG_PID 2>/dev/null"
sleep 3
java $HERE/ColdRender.java "$BASE" bench "$PASSWORD" "$SEED" "$COLD_N" "$COLD_WARMUP" "$COLD_PAUSE_MS" > "$BENCH_DIR/cold-load.txt"
kill -INT "$BG_PID"
wait "$BG_PID" || true
BG_KEPT=no
[ "$(bg_etag)" = "$BG_ETAG" ] && BG_KEPT=yes
BG_RPS=$(grep -o 'rps=[0-9.]*' "$BENCH_DIR/background.txt" | cut -d= -f2 || true)

RSS=$(ps -o rss= -p "$SITE_PID" | awk '{printf "%.0f", $1/1024}')
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

# The report.
field() { grep -o "$1=[0-9.]*" "$2" | head -n1 | cut -d= -f2; }
pct() { awk -v a="$1" -v c="$2" 'BEGIN {printf "%.0f", 100 * a / c}'; }
met() { awk "BEGIN {exit !($1)}" && echo "met" || echo "NOT met"; }
declare -A RPS P50 P99 BAD ERRS BYTES
for k in a-8 a-64 c-8 c-64; do
  bench_summarize "$BENCH_DIR/$k.txt"
  RPS[$k]=$rps; P50[$k]=$p50; P99[$k]=$p99; BAD[$k]=$bad; ERRS[$k]=$errs; BYTES[$k]=$bytes
done
row() { # name, key
  bench_row "$1" "${2#*-}" "$(printf '%.0f' "${RPS[$2]}")" "$(printf '%.2f' "${P50[$2]}")" "$(printf '%.2f' "${P99[$2]}")" "${BAD[$2]}"
}
cold_row() { # name, conns, file
  bench_row "$1" "$2" "-" "$(field p50_ms "$3")" "$(field p99_ms "$3")" "$(field non2xx "$3")"
}
STATIC_HEADER_BYTES=$(curl -fsS -o /dev/null -w '%{size_header}' "$STATIC")
# Every response had the whole page when wrk's bytes per response match a full response (within
# 1%: the last, partly read responses of a round count in the bytes but not in the responses).
full() { awk -v b="$1" -v e="$2" 'BEGIN {exit !(b >= e && b <= e * 1.01)}'; }
FULL=yes
for k in a-8 a-64; do full "${BYTES[$k]}" $((PAGE_BYTES + HEADER_BYTES)) || FULL="NO (see $BENCH_DIR/$k.txt)"; done
for k in c-8 c-64; do full "${BYTES[$k]}" $((PAGE_BYTES + STATIC_HEADER_BYTES)) || FULL="NO (see $BENCH_DIR/$k.txt)"; done

echo
echo "Public page benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $COMMIT"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM;" \
  "load average at start $LOAD_START, at end $LOAD_END (other work on the machine shows here)"
echo "Site: $CREATED_TOTAL published articles (the demo site's and $ARTICLES created through the API at $CREATE_RATE/s by" \
  "$CONNS_CREATE clients); Recommended Posts caught up ${RELATED_CAUGHT_UP:-(never)} s after the last create"
echo "Render warm-up: wrk -c8 on $(wc -l < "$BENCH_DIR/paths-other.txt") other article pages for $WARMUP (each first visit renders):" \
  "$(printf '%.0f' "$(field rps "$BENCH_DIR/warmup-render.txt")") req/s, p50 $(field p50_ms "$BENCH_DIR/warmup-render.txt") ms"
echo "JVM: ${JAVA_OPTS:-run.sh default options (-Xmx320m -XX:+UseSerialGC ...)}; Payara RSS after the runs: $RSS MiB"
echo "Page: /$SEED/, $PAGE_BYTES bytes of HTML ($CTYPE; nginx: $STATIC_CTYPE), uncompressed (wrk sends no Accept-Encoding);"
echo "  a response is $((PAGE_BYTES + HEADER_BYTES)) bytes with headers from the site, $((PAGE_BYTES + STATIC_HEADER_BYTES)) from nginx;" \
  "wrk read ${BYTES[a-8]}/${BYTES[a-64]} (site) and ${BYTES[c-8]}/${BYTES[c-64]} (nginx) per response at 8/64 connections:" \
  "full pages: $FULL"
echo "nginx: $NGINX_WORKERS worker processes, access log off, sendfile, tcp_nopush/tcp_nodelay, open_file_cache," \
  "keep-alive for the whole run (keepalive_requests 100000, keepalive_timeout 65)"
echo "wrk -t$WRK_THREADS on loopback, sharing the cores with the server; $ROUNDS rounds of $DURATION per (a)/(c) row," \
  "rounds of (a) and (c) alternating; medians. (b): $COLD_N GETs after $COLD_WARMUP warm-up ones, one client."
echo
bench_table_header
row "(a) seed page, warm (site, kept bytes)" a-8
row "(a) seed page, warm (site, kept bytes)" a-64
cold_row "(b) first GET after each edit, idle" 1 "$BENCH_DIR/cold-idle.txt"
cold_row "(b) first GET after each edit, under load" "1+8" "$BENCH_DIR/cold-load.txt"
row "(c) same HTML, nginx static file" c-8
row "(c) same HTML, nginx static file" c-64
echo
R8=$(pct "${RPS[a-8]}" "${RPS[c-8]}")
R64=$(pct "${RPS[a-64]}" "${RPS[c-64]}")
echo "(a)/(c) at 8 conns: $R8%"
echo "(a)/(c) at 64 conns: $R64%"
for m in idle load; do
  f=$BENCH_DIR/cold-$m.txt
  echo "(b) $m: p90 $(field p90_ms "$f") ms, max $(field max_ms "$f") ms; the same client's next GET (kept page):" \
    "p50 $(field warm_p50_ms "$f") ms, p99 $(field warm_p99_ms "$f") ms; the PATCH itself: p50 $(field patch_p50_ms "$f") ms," \
    "p99 $(field patch_p99_ms "$f") ms; stale pages: $(field stale "$f")"
done
echo "(b) under load: background wrk on $BG_PATH at $(printf '%.0f' "${BG_RPS:-0}") req/s; that page kept throughout: $BG_KEPT"
# Microseconds of CPU per response over all rounds of a row: the server's, and the rest of the
# machine's busy time (wrk, the kernel's loopback work not charged to the server, other work).
cpu_us() { # key -> "server rest"
  awk -v hz="$(getconf CLK_TCK)" '{s += $1; b += $2; n += $3} END {printf "%.0f %.0f", s / hz * 1e6 / n, (b - s) / hz * 1e6 / n}' "$BENCH_DIR/$1.cpu"
}
for c in 8 64; do
  read -r SA RA <<< "$(cpu_us "a-$c")"
  read -r SC RC <<< "$(cpu_us "c-$c")"
  echo "CPU per response at $c conns: site JVM $SA us (rest of the machine: $RA us), nginx $SC us (rest: $RC us)"
done
echo "Seed page kept (same ETag) through all (a) rounds: $KEPT; socket errors (a) ${ERRS[a-8]}+${ERRS[a-64]}, (c) ${ERRS[c-8]}+${ERRS[c-64]}"
echo
echo "Targets:"
echo "  (a) >= 50% of (c) at 64 conns: $(met "$R64 >= 50") ($R64%)"
echo "  (a) p99 <= 10 ms at 64 conns: $(met "${P99[a-64]} <= 10") ($(printf '%.2f' "${P99[a-64]}") ms)"
echo "  (b) p99 <= 30 ms: idle $(met "$(field p99_ms "$BENCH_DIR/cold-idle.txt") <= 30") ($(field p99_ms "$BENCH_DIR/cold-idle.txt") ms)," \
  "under load $(met "$(field p99_ms "$BENCH_DIR/cold-load.txt") <= 30") ($(field p99_ms "$BENCH_DIR/cold-load.txt") ms)"
echo
echo "Logs and raw results: $BENCH_DIR"
echo "Reproduce: ARTICLES=$ARTICLES ROUNDS=$ROUNDS DURATION=$DURATION WARMUP=$WARMUP COLD_N=$COLD_N COLD_WARMUP=$COLD_WARMUP" \
  "COLD_PAUSE_MS=$COLD_PAUSE_MS WRK_THREADS=$WRK_THREADS NGINX_WORKERS=$NGINX_WORKERS bench/public/run.sh"
