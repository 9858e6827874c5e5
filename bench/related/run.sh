#!/usr/bin/env bash
# Recommended Posts engine benchmark, in-process (no server): the engine's own classes over an
# in-memory catalog of synthetic articles, its lists in an H2 file and its text in a Lucene index
# under target/bench-related/, exactly as the plugin wires them on the site.
#
#   bench/related/run.sh                  # quality (20 topics x 500 articles), then scale at 10,000 and 100,000
#   bench/related/run.sh 10000            # the same with scale at N=10,000 only
#   PARTS=quality bench/related/run.sh    # one part only (quality | scale | quality,scale)
#   QUALITY=standard bench/related/run.sh # only the corpus the brief describes (default: standard and harder)
#   PER_TOPIC=100 QUERIES=200 PUBLISHES=50 READS=20000 bench/related/run.sh 10000   # a quick look
#   SKIP_BUILD=1 bench/related/run.sh     # reuse the last test-compile
#   XMX=4g bench/related/run.sh           # more heap (default 2g, enough for 100,000 articles)
#
# The Java code is in cms-related-posts/src/test/java/org/inkwell/cms/relatedposts/internal
# (RelatedBench and friends: in the engine's package, to reach its package-private classes; no
# "Test" in their names, so surefire never runs them).
# Needs: a JDK 17, the Maven wrapper's local repository (runs offline when it can).
set -euo pipefail
cd "$(dirname "$0")/../.."
NS=("$@")
[ ${#NS[@]} -eq 0 ] && NS=(10000 100000)
PARTS=${PARTS:-quality,scale}
QUALITY=${QUALITY:-standard,harder,hardest}
PER_TOPIC=${PER_TOPIC:-500}
QUERIES=${QUERIES:-500}
PUBLISHES=${PUBLISHES:-200}
EDITS=${EDITS:-100}
READS=${READS:-200000}
SEED=${SEED:-42}
XMX=${XMX:-2g}
OUT=target/bench-related
mkdir -p "$OUT"

mvn_offline_first() { ./mvnw -q -B -o "$@" 2>/dev/null || ./mvnw -q -B "$@"; }
if [ -z "${SKIP_BUILD:-}" ] || [ ! -s "$OUT/classpath.txt" ]; then
  # -am builds the parent POM and cms-core from this checkout (a fresh clone has installed
  # neither), in the same run as the classpath, which then names cms-core/target/classes. Each
  # module writes its own classpath file; the plugin's is the one used.
  mvn_offline_first -pl cms-related-posts -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
  cp cms-related-posts/target/bench-classpath.txt "$OUT/classpath.txt"
fi
CP="$(cat "$OUT/classpath.txt"):cms-related-posts/target/classes:cms-related-posts/target/test-classes"
JAVA=(java "-Xmx$XMX" -cp "$CP" org.inkwell.cms.relatedposts.internal.RelatedBench)

dirty=$(git status --porcelain -- cms-related-posts/src/main 2>/dev/null | wc -l)
echo "Recommended Posts benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')" \
  "($dirty uncommitted file(s) in cms-related-posts/src/main)"
echo "Machine: $(nproc) cores (nproc), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM," \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | sed 's/^/  /'
echo "Heap: -Xmx$XMX (the site itself runs with run.sh's -Xmx320m -XX:+UseSerialGC; this JVM uses the default GC)"
echo

if [[ ",$PARTS," == *",quality,"* ]]; then
  for variant in ${QUALITY//,/ }; do
    echo "## Part 1: quality ($variant corpus)"
    echo
    flag=(); [ "$variant" != standard ] && flag=("--$variant")
    "${JAVA[@]}" quality --per-topic "$PER_TOPIC" --queries "$QUERIES" --seed "$SEED" "${flag[@]}"
    echo
  done
fi

if [[ ",$PARTS," == *",scale,"* ]]; then
  echo "## Part 2: scale (N = ${NS[*]}; 20 topics, standard corpus)"
  echo
  "${JAVA[@]}" scale --n "$(IFS=,; echo "${NS[*]}")" --publishes "$PUBLISHES" --edits "$EDITS" --reads "$READS" --seed "$SEED"
  echo
  echo "Recompute = one engine.work() after changed(id) with the quiet period passed; the clock moves"
  echo "10 s between changes, so each recompute includes the Lucene commit that falls due (as on a quiet site)."
  echo "listOf() reads: uniformly random published ids; the engine caches 5,000 lists (the plugin's default),"
  echo "so at N > 5,000 part of the reads go to H2 (the StoredLists.find row)."
  echo
fi

echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg) (other work on this machine shows here and in the timings)"
printf 'Reproduce: PARTS=%s QUALITY=%s PER_TOPIC=%s QUERIES=%s PUBLISHES=%s EDITS=%s READS=%s SEED=%s XMX=%s bench/related/run.sh %s\n' \
  "$PARTS" "$QUALITY" "$PER_TOPIC" "$QUERIES" "$PUBLISHES" "$EDITS" "$READS" "$SEED" "$XMX" "${NS[*]}"
