#!/usr/bin/env bash
# Builds the WAR (without tests) and runs the site on Payara Micro.
#   ./run.sh                      -> http://localhost:8080, H2 database and media in ./cms-data
#   CMS_PORT=9090 ./run.sh        -> another port
# Every CMS_* variable of the README's configuration table is passed through to the server.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
exec java ${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m -Xss512k} \
  -jar cms-web/target/payara-micro.jar \
  --deploy cms-web/target/ROOT.war --contextroot / \
  --port "${CMS_PORT:-8080}" --nocluster
