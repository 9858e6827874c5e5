#!/usr/bin/env bash
# Builds the WAR (without tests) and runs the site on Payara Micro.
#   ./run.sh                      -> http://localhost:8080, H2 database in ./cms-data
#   CMS_PORT=9090 ./run.sh        -> another port
#   SKIP_BUILD=1 ./run.sh         -> run what was built last
#   CMS_CLUSTER_MEMBERS=127.0.0.1:6900,127.0.0.1:6901 CMS_CLUSTER_PORT=6900 ./run.sh
#                                 -> one node of a cluster (README: "Running several nodes")
# Every CMS_* variable of the README's configuration table is passed through to the server;
# JAVA_OPTS replaces the default JVM options.
set -euo pipefail
cd "$(dirname "$0")"
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B -DskipTests package
fi
# A single node runs without a cluster; with CMS_CLUSTER_MEMBERS it joins those data-grid members
# over TCP/IP (no multicast), listening on CMS_CLUSTER_PORT of the interface they name for it.
cluster=(--nocluster)
if [ -n "${CMS_CLUSTER_MEMBERS:-}" ]; then
  : "${CMS_CLUSTER_PORT:?CMS_CLUSTER_PORT (the data-grid port of this node) must be set with CMS_CLUSTER_MEMBERS}"
  hosts=$(tr ',' '\n' <<<"$CMS_CLUSTER_MEMBERS" | sed 's/:[0-9]*$//' | sort -u)
  local_addresses=" 127.0.0.1 localhost $(hostname -I 2>/dev/null) "
  interface=${CMS_CLUSTER_INTERFACE:-}
  if [ -z "$interface" ]; then
    for host in $hosts; do
      if [[ "$local_addresses" == *" $host "* ]]; then interface=$host; break; fi
    done
  fi
  : "${interface:?none of CMS_CLUSTER_MEMBERS is an address of this machine: set CMS_CLUSTER_INTERFACE}"
  [ "$interface" = localhost ] && interface=127.0.0.1
  export CMS_NODE_NAME=${CMS_NODE_NAME:-$(hostname)-${CMS_PORT:-8080}}
  cluster=(--clustermode "tcpip:$CMS_CLUSTER_MEMBERS" --interfaces "$interface"
    --startport "$CMS_CLUSTER_PORT" --clustername "${CMS_CLUSTER_NAME:-inkwell}" --name "$CMS_NODE_NAME")
  # Members on one host would otherwise keep no backups of each other's grid data.
  [ "$(wc -l <<<"$hosts")" -eq 1 ] && cluster+=(--nohostaware)
fi
# glibc gives every busy thread its own malloc arena; two are plenty and keep RSS down.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
exec java ${JAVA_OPTS:--Xmx320m -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=48m -Xss512k} \
  -jar cms-web/target/payara-micro.jar \
  --deploy cms-web/target/ROOT.war --contextroot / \
  --port "${CMS_PORT:-8080}" "${cluster[@]}" \
  --postbootcommandfile cms-web/src/main/payara/post-boot-commands.asadmin
