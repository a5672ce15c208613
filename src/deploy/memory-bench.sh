#!/usr/bin/env bash
# Peak resident memory of each role under load, with the JVM flags the playbook deploys, on loopback:
#   - the image's runtime (jlink-build.sh with JDK 17, as the Dockerfile builds it) and the production jar;
#   - a wire-protocol MongoDB (WireServer, its own process, not counted);
#   - the three roles at once, split as on the VMs; then LOGINS log-ins CONCURRENCY at a time against the user
#     role, EVENTS events with ACTIVITIES activities each against the event role, and ENTRIES ledger entries
#     (plus balance, CSV export and settle-up after every 100) against the transaction role.
# Prints each role's VmHWM (peak RSS) from /proc and whether it survived. A measurement, not a test.
#
#   src/deploy/memory-bench.sh                   (after ./mvnw package)
#   USER_OPTS='-Xmx384m ...' src/deploy/memory-bench.sh
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
jdk=${BENCH_JDK:-/usr/lib/jvm/java-17-openjdk-amd64}
common='-XX:+UseSerialGC -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=32m -Xss512k'
USER_OPTS=${USER_OPTS:-"-Xmx96m $common"}
EVENT_OPTS=${EVENT_OPTS:-"-Xmx128m $common"}
TRANSACTION_OPTS=${TRANSACTION_OPTS:-"-Xmx128m $common"}
# As the image sets it (Dockerfile ENV).
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
LOGINS=${LOGINS:-200}
CONCURRENCY=${CONCURRENCY:-16}
EVENTS=${EVENTS:-20}
ACTIVITIES=${ACTIVITIES:-10}
ENTRIES=${ENTRIES:-1000}

work=$(mktemp -d "${TMPDIR:-/tmp}/geventator-bench.XXXXXX")
declare -A pid port
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

JAVA_HOME=$jdk sh "$here/jlink-build.sh" "$work/runtime"
java=$work/runtime/bin/java

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p=$1
  while ! port_is_free "$p"; do p=$((p + 1)); done
  echo "$p"
}
mongo=$(free_port 27217)
"$jdk/bin/java" -cp "$repo/target/geventator.jar" "$here/WireServer.java" "$mongo" >"$work/mongo.log" 2>&1 &
pids+=("$!")
next=17370
for role in user event transaction; do
  port[$role]=$(free_port "$next")
  next=$((port[$role] + 1))
done
until grep -q listening "$work/mongo.log"; do sleep 1; done

for role in user event transaction; do
  opts_var=${role^^}_OPTS
  read -r -a opts <<<"${!opts_var}"
  mkdir -p "$work/$role"
  ROLE=$role GEVENTATOR_HOST=127.0.0.1 GEVENTATOR_PORT=${port[$role]} GEVENTATOR_DATA_DIR=$work/$role \
    GEVENTATOR_MONGODB_URI=mongodb://127.0.0.1:$mongo GEVENTATOR_DATABASE_PREFIX=bench \
    GEVENTATOR_USER_URL=http://127.0.0.1:${port[user]} GEVENTATOR_EVENT_URL=http://127.0.0.1:${port[event]} \
    GEVENTATOR_TRANSACTION_URL=http://127.0.0.1:${port[transaction]} \
    "$java" "${opts[@]}" -XX:+ExitOnOutOfMemoryError -XX:-UsePerfData -jar "$repo/target/geventator-production.jar" \
    >"$work/$role.log" 2>&1 &
  pid[$role]=$!
  pids+=("$!")
  echo "$role: pid ${pid[$role]}, port ${port[$role]}, flags ${!opts_var}"
done
for role in user event transaction; do
  until curl -fs -o /dev/null "http://127.0.0.1:${port[$role]}/health/ready"; do
    kill -0 "${pid[$role]}" || { cat "$work/$role.log"; exit 1; }
    sleep 1
  done
done

rss() { awk -v k="$2:" '$1 == k { print int($2 / 1024) }' "/proc/$1/status" 2>/dev/null || echo "-"; }
report() {
  echo "-- $1"
  for role in user event transaction; do
    if kill -0 "${pid[$role]}" 2>/dev/null; then
      printf '%-12s RSS %4s MiB   peak RSS (VmHWM) %4s MiB\n' "$role" "$(rss "${pid[$role]}" VmRSS)" \
        "$(rss "${pid[$role]}" VmHWM)"
    else
      printf '%-12s EXITED: %s\n' "$role" "$(grep -m1 -E 'OutOfMemory|Terminating' "$work/$role.log" || tail -n1 "$work/$role.log")"
    fi
  done
}
report "started, idle"

H='Content-Type: application/json'
U=http://127.0.0.1:${port[user]}
curl -fsS -o /dev/null -X POST "$U/users" -H "$H" \
  -d '{"username":"bench","email":"bench@example.org","displayName":"Bench","password":"correct horse battery"}'
started=$SECONDS
seq "$LOGINS" | xargs -P "$CONCURRENCY" -I{} curl -s -o /dev/null -w '%{http_code}\n' -X POST "$U/tokens" -H "$H" \
  -d '{"login":"bench","password":"correct horse battery"}' >"$work/logins" || true
echo "log-ins: $LOGINS, $CONCURRENCY at a time, $((SECONDS - started)) s; statuses: $(sort "$work/logins" | uniq -c | paste -sd' ' -)"
report "after the log-in burst"
kill -0 "${pid[user]}" 2>/dev/null || { echo "the user role died; the event and ledger loads need it"; exit 0; }

TOKEN=$(curl -fsS -X POST "$U/tokens" -H "$H" -d '{"login":"bench","password":"correct horse battery"}' | jq -r .accessToken)
E=http://127.0.0.1:${port[event]}
started=$SECONDS
for e in $(seq "$EVENTS"); do
  id=$(curl -fsS -X POST "$E/events" -H "Authorization: Bearer $TOKEN" -H "$H" \
    -d "{\"name\":\"Festival $e\",\"start\":\"2027-07-01T09:00:00+02:00\",\"end\":\"2027-07-03T23:00:00+02:00\",\"timeZone\":\"Europe/Berlin\",\"currency\":\"EUR\"}" | jq -r .id)
  echo "$id" >>"$work/events"
  seq "$ACTIVITIES" | xargs -P "$CONCURRENCY" -I{} curl -s -o /dev/null -X POST "$E/events/$id/activities?acceptOverlap=true" \
    -H "Authorization: Bearer $TOKEN" -H "$H" \
    -d '{"title":"Act {}","start":"2027-07-01T10:00:00+02:00","end":"2027-07-01T11:00:00+02:00","location":"Main stage"}'
  curl -fsS -o /dev/null "$E/events/$id/calendar.ics" -H "Authorization: Bearer $TOKEN"
done
echo "events: $EVENTS with $ACTIVITIES activities each and their iCalendar feed, $((SECONDS - started)) s"

T=http://127.0.0.1:${port[transaction]}
event=$(head -n1 "$work/events")
L=$T/events/$event/ledger
started=$SECONDS
for batch in $(seq $((ENTRIES / 100))); do
  seq 100 | xargs -P "$CONCURRENCY" -I{} curl -s -o /dev/null -w '%{http_code}\n' -X POST "$L/entries" \
    -H "Authorization: Bearer $TOKEN" -H "$H" \
    -d "{\"kind\":\"sale\",\"concept\":\"Tickets $batch-{}\",\"quantity\":\"3\",\"unitPrice\":\"12.50\",\"category\":\"tickets\"}" \
    >>"$work/entries" || true
  curl -fsS -o /dev/null "$L/balance" -H "Authorization: Bearer $TOKEN"
  curl -fsS -o /dev/null "$L/export.csv" -H "Authorization: Bearer $TOKEN"
  curl -fsS -o /dev/null "$L/settle-up" -H "Authorization: Bearer $TOKEN"
done
echo "ledger: $ENTRIES entries $CONCURRENCY at a time with balance, CSV export and settle-up after every 100," \
  "$((SECONDS - started)) s; statuses: $(sort "$work/entries" | uniq -c | paste -sd' ' -)"
report "after the event and ledger loads"
