#!/usr/bin/env bash
# Builds the WAR (without tests) and runs the site on Payara Micro.
#   ./run.sh                      -> http://localhost:8080, H2 database in ./cms-data
#   CMS_PORT=9090 ./run.sh        -> another port
#   SKIP_BUILD=1 ./run.sh         -> run what was built last
# Every CMS_* variable of the README's configuration table is passed through to the server;
# JAVA_OPTS replaces the default JVM options.
set -euo pipefail
cd "$(dirname "$0")"
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B -DskipTests package
fi
# glibc gives every busy thread its own malloc arena; two are plenty and keep RSS down.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
exec java ${JAVA_OPTS:--Xmx320m -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=48m -Xss512k} \
  -jar cms-web/target/payara-micro.jar \
  --deploy cms-web/target/ROOT.war --contextroot / \
  --port "${CMS_PORT:-8080}" --nocluster \
  --postbootcommandfile cms-web/src/main/payara/post-boot-commands.asadmin
