#!/usr/bin/env bash
# GEventator's speed, start-up and memory against the limits measured in the same run; recorded in
# docs/benchmarks/speed.md. Nothing in the test suite asserts a time; this script only prints figures.
#
#   ./mvnw -q package -DskipTests && bash src/bench/run.sh
#
# Loopback only, bounded in time (about 8 minutes with the defaults). Every process it starts is stopped by
# pid on exit. Settings (environment):
#   BENCH_JAVA      java to run the servers with (default: java on the PATH)
#   BENCH_JAR       the jar to measure and compile the bare servers against (target/geventator.jar)
#   BENCH_DURATION  wrk measurement per path (10s), after BENCH_WARMUP (5s) of the same load; before all
#                   of them every path is loaded in rounds of BENCH_PREWARM (5s) until two rounds in a row
#                   agree within 5 % (the JIT has settled), at most BENCH_SETTLE_ROUNDS (12) rounds
#   BENCH_STARTS    start-to-ready runs per role and database (3)
#   BENCH_FLAGS     JVM flags of every server (default: the container's, the Dockerfile's ENTRYPOINT with the
#                   playbook's JAVA_TOOL_OPTIONS; MALLOC_ARENA_MAX=2 as the image sets it)
#   BENCH_CDS       "no" skips the starts with a class-data sharing archive (src/deploy/cds-archive.sh)
#   BENCH_FLASK     the 2017 original beside it: auto (when its code and Debian's packages can be had), no
#   BENCH_FLASK_GIT a git directory of fblupi/GEventator (default: the local mirror, else a clone from GitHub)
#   BENCH_SCALE     "no" skips the balance over 1,000 to 100,000 entries on the embedded database
#   BENCH_ONLY      "ledger" measures only the balance and a ledger post (and their limits), about 5 minutes;
#                   "split" only the roles in their own processes (a balance against 20 budgeted activities
#                   among them), about 2 minutes
set -euo pipefail
cd "$(dirname "$0")/../.."
# The whole script is one block, read before it runs, so editing the file during a run cannot derail it.
{

JAVA=${BENCH_JAVA:-java}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-5s}
PREWARM=${BENCH_PREWARM:-5s}
SETTLE_ROUNDS=${BENCH_SETTLE_ROUNDS:-12}
STARTS=${BENCH_STARTS:-3}
CDS=${BENCH_CDS:-yes}
FLASK=${BENCH_FLASK:-auto}
SCALE=${BENCH_SCALE:-yes}
ONLY=${BENCH_ONLY:-}
if [ "$ONLY" = ledger ]; then FLASK=no SCALE=no; fi
JAR=${BENCH_JAR:-target/geventator.jar}
# The container's JVM settings: the Dockerfile's ENTRYPOINT flags and environment, and the playbook's
# JAVA_TOOL_OPTIONS (ansible/roles/geventator/defaults/main.yml), which sets the heap.
# JAVA_TOOL_OPTIONS, which sets the heap per role: 96m for the user role, 128m for the others (and here for
# role=all and the bare servers). BENCH_FLAGS replaces all of it, heap included.
read -r -a CONTAINER_FLAGS <<<"${BENCH_FLAGS:-"-XX:+UseSerialGC -XX:MaxRAMPercentage=50 -Xss512k -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=32m -XX:+ExitOnOutOfMemoryError -XX:-UsePerfData"}"
heap_of() { # role: the playbook's -Xmx for it, unless BENCH_FLAGS says otherwise
  if [ -n "${BENCH_FLAGS:-}" ]; then return; fi
  case $1 in
    user) echo -Xmx96m ;;
    *) echo -Xmx128m ;;
  esac
}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
JVM_EXTRA=()
WIRE_PORT=18017
BARE_PORT=18101
ALL_PORT=18110
USER_PORT=18111
EVENT_PORT=18112
TX_PORT=18113
FLASK_PORT=18120
START_PORT=18130
WIRE_URI="mongodb://127.0.0.1:${WIRE_PORT}"
PREFIX=bench # the database prefix of the servers started next

work=$(mktemp -d /tmp/geventator-bench.XXXXXX)
pids=()
# Stops what this run started and still runs: a pid is tracked only while it is this shell's running job, so
# a pid that the system has since given to another process is never signalled.
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
  local running
  running=" $(jobs -pr | tr '\n' ' ') "
  for pid in "${pids[@]}"; do
    if [[ "$running" == *" $pid "* ]]; then stop "$pid"; fi
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

install_packages() { # Debian packages, when missing
  local missing=()
  for package in "$@"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
  [ "${#missing[@]}" -eq 0 ] && return
  echo "installing ${missing[*]}"
  apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
    || { apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; }
}
install_packages wrk jq curl
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw -q package -DskipTests first" >&2; exit 1; }

now_ns() { date +%s%N; }
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

# Starts a background process with its output in $work/<name>.log; its pid is in $last_pid.
spawn() {
  local name=$1
  shift
  "$@" >"$work/$name.log" 2>&1 &
  last_pid=$!
  pids+=("$last_pid")
}

stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  local kept=() pid
  for pid in "${pids[@]}"; do [ "$pid" = "$1" ] || kept+=("$pid"); done
  pids=("${kept[@]}")
}

wait_ok() { # url, pid, what
  local tries=0
  until curl -fs -o /dev/null "$1"; do
    if ! kill -0 "$2" 2>/dev/null || [ "$tries" -gt 3000 ]; then
      echo "$3 did not become ready; its log:" >&2
      cat "$work/$3.log" >&2
      exit 1
    fi
    tries=$((tries + 1))
    sleep 0.01
  done
}

geventator() { # name, port, role, extra flags...
  local name=$1 port=$2 role=$3
  shift 3
  # shellcheck disable=SC2046 # heap_of prints one flag or none
  spawn "$name" "$JAVA" "${CONTAINER_FLAGS[@]}" $(heap_of "$role") "${JVM_EXTRA[@]}" -jar "$JAR" --role="$role" --host=127.0.0.1 --port="$port" \
    --database-prefix="$PREFIX" "$@"
}

declare -A rps cpu
HZ=$(getconf CLK_TCK)
# CPU time (user + system, in clock ticks) a process has used so far; 0 for no pid.
cpu_ticks() { if [ -n "$1" ]; then awk '{print $14 + $15}' "/proc/$1/stat"; else echo 0; fi; }
loads=0
# Runs wrk against a path: a warm-up, then the measurement; records requests/s in rps[name].
load() { # name, url, [lua script]
  local name=$1 url=$2 script=${3:-}
  loads=$((loads + 1))
  local args=(-t2 -c32 --timeout 5s) out="$work/wrk-$loads.txt"
  [ -n "$script" ] && args+=(-s "$script")
  fresh_token
  wrk "${args[@]}" -d"$WARMUP" "$url" >/dev/null
  local server_before wire_before
  server_before=$(cpu_ticks "${serving_pid:-}")
  wire_before=$(cpu_ticks "$wire_pid")
  wrk "${args[@]}" -d"$DURATION" "$url" >"$out"
  local value errors requests
  value=$(awk '/Requests\/sec/ {print $2}' "$out")
  errors=$(awk '/Non-2xx/ {print $5}' "$out")
  requests=$(awk '/requests in/ {print $1}' "$out")
  cpu[$name]=""
  if [ -n "${serving_pid:-}" ]; then
    cpu[$name]=$(awk -v s=$(($(cpu_ticks "$serving_pid") - server_before)) \
      -v w=$(($(cpu_ticks "$wire_pid") - wire_before)) -v r="$requests" -v hz="$HZ" \
      'BEGIN { if (r > 0) printf "%.3f + %.3f", s * 1000 / hz / r, w * 1000 / hz / r }')
  fi
  if [ -n "$errors" ]; then
    echo "  $name: $value requests/s, but $errors answers were not 2xx: not counted"
    rps[$name]=0
  else
    printf '  %-34s %9s requests/s %s%s\n' "$name" "$value" "${cpu[$name]:+CPU ms per request (server + wire server) ${cpu[$name]} }" \
      "$(grep 'Socket errors' "$out" || true)"
    rps[$name]=$value
  fi
}

json_post() { # url, token or "", body
  local auth=()
  [ -n "$2" ] && auth=(-H "Authorization: Bearer $2")
  curl -fsS -X POST "$1" "${auth[@]}" -H 'Content-Type: application/json' -d "$3"
}

register_and_log_in() { # base url, username: prints the access token
  json_post "$1/users" "" "{\"username\":\"$2\",\"email\":\"$2@example.org\",\"displayName\":\"$2\",\"password\":\"correct horse battery\"}" >/dev/null
  json_post "$1/tokens" "" "{\"login\":\"$2\",\"password\":\"correct horse battery\"}" | jq -r .accessToken
}

# Access tokens last at most five minutes and a run is longer: every load logs in again first (outside the
# measured window), as token_login on token_base.
token_base=""
token_login=""
fresh_token() {
  [ -n "$token_base" ] || return 0
  BENCH_TOKEN=$(json_post "$token_base/tokens" "" "{\"login\":\"$token_login\",\"password\":\"correct horse battery\"}" | jq -r .accessToken)
  export BENCH_TOKEN
}

new_event() { # base url, token: prints the id
  json_post "$1/events" "$2" '{"name":"Bench festival","start":"2027-07-01T09:00:00+02:00","end":"2027-07-03T23:00:00+02:00","timeZone":"Europe/Berlin","currency":"EUR"}' | jq -r .id
}

entries_csv() { # rows, seed: an import file
  awk -v n="$1" -v seed="$2" 'BEGIN {
    print "kind,concept,quantity,unitPrice,category"
    split("sale purchase donation expense sponsorship investment", kinds, " ")
    for (i = 1; i <= n; i++) printf "%s,Row %s-%d,%d,%d.%02d,cat%d\n", kinds[i % 6 + 1], seed, i, i % 7 + 1, i % 90 + 1, i % 100, i % 12
  }'
}

import_entries() { # ledger url, token, rows, seed
  entries_csv "$3" "$4" | curl -fsS -o /dev/null -X POST "$1/import" -H "Authorization: Bearer $2" \
    -H 'Content-Type: text/csv' -H "Idempotency-Key: bench-$4" --data-binary @-
}

# Each role in its own process against the wire server: throughput across roles, a log-in burst, the
# resident memory of each. Leaves the user role running (the starts below need it).
# Loads each target in rounds of $PREWARM until two rounds in a row agree within 5 %: the JIT has settled.
prewarm() { # target "url|lua script or empty"...
  local target warm_args round previous current
  for target in "$@"; do
    fresh_token
    warm_args=(-t2 -c32 -d"$PREWARM")
    [ -n "${target#*|}" ] && warm_args+=(-s "${target#*|}")
    previous=0
    for round in $(seq 1 "$SETTLE_ROUNDS"); do
      current=$(wrk "${warm_args[@]}" "${target%%|*}" | awk '/Requests\/sec/ {print $2}')
      if awk -v a="$previous" -v b="$current" 'BEGIN { exit !(a > 0 && b > 0 && (a > b ? a - b : b - a) <= 0.05 * a) }'; then
        break
      fi
      previous=$current
    done
    echo "   settled after $round rounds at ${current}/s: ${target%%|*}"
  done
}

split_table() {
  echo
  echo "| split roles: the balance | requests/s | ratio to the plain balance |"
  echo "|---|---:|---:|"
  local p
  for p in "split: GET ledger/balance" "split: balance, 20 budgeted activities"; do
    printf '| %s | %s | %s |\n' "$p" "${rps[$p]}" "$(ratio "${rps[$p]}" "${rps[split: GET ledger/balance]}")"
  done
}

split_roles() {
  # Databases of their own: role=all's ledger post leaves hundreds of thousands of entries in its
  # collection, which the wire server would scan for every split balance.
  local PREFIX=split
  echo "== each role in its own process (configured MongoDB: the wire server), resident memory"
  geventator user "$USER_PORT" user --mongodb-uri="$WIRE_URI" --data-dir="$work/data-user"
  user_pid=$last_pid
  geventator event "$EVENT_PORT" event --mongodb-uri="$WIRE_URI" --data-dir="$work/data-event" \
    --user-url="http://127.0.0.1:$USER_PORT"
  event_pid=$last_pid
  geventator transaction "$TX_PORT" transaction --mongodb-uri="$WIRE_URI" --data-dir="$work/data-tx" \
    --user-url="http://127.0.0.1:$USER_PORT" --event-url="http://127.0.0.1:$EVENT_PORT"
  tx_pid=$last_pid
  wait_ok "http://127.0.0.1:$USER_PORT/health/ready" "$user_pid" user
  wait_ok "http://127.0.0.1:$EVENT_PORT/health/ready" "$event_pid" event
  wait_ok "http://127.0.0.1:$TX_PORT/health/ready" "$tx_pid" transaction
  declare -gA rss_ready
  rss_ready[user]=$(rss_mib "$user_pid")
  rss_ready[event]=$(rss_mib "$event_pid")
  rss_ready[transaction]=$(rss_mib "$tx_pid")
  U="http://127.0.0.1:$USER_PORT"
  E="http://127.0.0.1:$EVENT_PORT"
  T="http://127.0.0.1:$TX_PORT"
  BENCH_TOKEN=$(register_and_log_in "$U" bob)
  export BENCH_TOKEN
  token_base=$U
  token_login=bob
  split_event=$(new_event "$E" "$BENCH_TOKEN")
  import_entries "$T/events/$split_event/ledger" "$BENCH_TOKEN" 50 split
  load "split: GET /users/me" "$U/users/me" src/bench/auth-get.lua
  load "split: GET /events/{id}" "$E/events/$split_event" src/bench/auth-get.lua
  # The same balance against a budget of 20 of the event's activities, which the transaction role asks the
  # event role about, and 50 entries tied to them.
  budget_event=$(new_event "$E" "$BENCH_TOKEN")
  local activities=() i
  for i in $(seq 1 20); do
    activities+=("$(json_post "$E/events/$budget_event/activities" "$BENCH_TOKEN" \
      "{\"title\":\"Act $i\",\"start\":\"2027-07-02T10:00:00+02:00\",\"end\":\"2027-07-02T11:00:00+02:00\",\"location\":\"Room $i\"}" | jq -r .id)")
  done
  curl -fsS -o /dev/null -X PUT "$T/events/$budget_event/ledger/budget" -H "Authorization: Bearer $BENCH_TOKEN" \
    -H 'Content-Type: application/json' \
    -d "$(printf '%s\n' "${activities[@]}" | jq -Rn '{activities: [inputs | {(.): "100.00"}] | add}')"
  for i in $(seq 1 50); do
    json_post "$T/events/$budget_event/ledger/entries" "$BENCH_TOKEN" \
      "{\"kind\":\"purchase\",\"concept\":\"Row $i\",\"quantity\":\"1\",\"unitPrice\":\"$i.00\",\"activityId\":\"${activities[$((i % 20))]}\"}" >/dev/null
  done
  # Both balances warmed until they settle, then measured one after the other: neither gains from the
  # other's warm-up.
  prewarm "$T/events/$split_event/ledger/balance|src/bench/auth-get.lua" \
    "$T/events/$budget_event/ledger/balance|src/bench/auth-get.lua"
  load "split: GET ledger/balance" "$T/events/$split_event/ledger/balance" src/bench/auth-get.lua
  load "split: balance, 20 budgeted activities" "$T/events/$budget_event/ledger/balance" src/bench/auth-get.lua
  load "split: POST ledger/entries" "$T/events/$split_event/ledger/entries" src/bench/post-entry.lua
  # A log-in burst: every log-in runs Argon2id (19 MiB each), the user role's largest use of memory. Most of
  # these answer 429 (the account's attempts) or 503 (the bounded password work): the memory is the point.
  json_post "$U/users" "" '{"username":"benchlogin","email":"benchlogin@example.org","displayName":"Bench","password":"correct horse battery"}' >/dev/null
  wrk -t2 -c16 -d"$DURATION" -s src/bench/login.lua "$U/tokens" >"$work/wrk-login.txt" || true
  echo "  split: log-in burst                $(awk '/Requests\/sec/ {print $2}' "$work/wrk-login.txt") requests/s (memory only; mostly 429 and 503)"
  declare -gA rss_load
  rss_load[user]=$(rss_mib "$user_pid")
  rss_load[event]=$(rss_mib "$event_pid")
  rss_load[transaction]=$(rss_mib "$tx_pid")
  stop "$tx_pid"
  stop "$event_pid"

}

echo "== GEventator benchmark, $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   $("$JAVA" -version 2>&1 | sed -n 2p); flags: ${CONTAINER_FLAGS[*]} $(heap_of user) (user) $(heap_of event) (others), MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX; wrk -t2 -c32, ${WARMUP} warm-up + ${DURATION}"

echo "== servers: one wire-protocol server (mongo-java-server, memory backend), the bare limits, GEventator"
mkdir -p "$work/classes"
javac -cp "$JAR" -d "$work/classes" src/bench/java/*.java
CP="$JAR:$work/classes"
spawn wire "$JAVA" -cp "$CP" WireServer "$WIRE_PORT"
wire_pid=$last_pid
until grep -qs 'wire server on' "$work/wire.log"; do kill -0 "$wire_pid" || { cat "$work/wire.log"; exit 1; }; sleep 0.05; done
if [ "$ONLY" = split ]; then
  split_roles
  split_table
  echo
  echo "| resident memory (MiB) | when ready | after the load |"
  echo "|---|---:|---:|"
  for role in user event transaction; do echo "| role=$role | ${rss_ready[$role]} | ${rss_load[$role]} |"; done
  exit 0
fi
# shellcheck disable=SC2046
spawn bare "$JAVA" "${CONTAINER_FLAGS[@]}" $(heap_of bare) -cp "$CP" BareServer "$BARE_PORT" "$WIRE_URI"
bare_pid=$last_pid
geventator all "$ALL_PORT" all --mongodb-uri="$WIRE_URI" --data-dir="$work/data-all"
all_pid=$last_pid
BARE="http://127.0.0.1:$BARE_PORT"
ALL="http://127.0.0.1:$ALL_PORT"
wait_ok "$BARE/json" "$bare_pid" bare
wait_ok "$ALL/health/ready" "$all_pid" all
until grep -qs 'seeded id' "$work/bare.log"; do sleep 0.05; done
bare_id=$(grep -o 'seeded id [0-9a-f]*' "$work/bare.log" | awk '{print $3}')

token=$(register_and_log_in "$ALL" ana)
export BENCH_TOKEN=$token
token_base=$ALL
token_login=ana
user_id=$(curl -fsS "$ALL/users/me" -H "Authorization: Bearer $token" | jq -r .id)
balance_event=$(new_event "$ALL" "$token")
post_event=$(new_event "$ALL" "$token")
import_entries "$ALL/events/$balance_event/ledger" "$token" 50 fifty
entries=$(curl -fsS "$ALL/events/$balance_event/ledger/entries?limit=100" -H "Authorization: Bearer $token" | jq '.items | length')
echo "   role=all ready; event $balance_event holds $entries entries"

flask_ready=no
if [ "$FLASK" = auto ]; then
  flask_git=${BENCH_FLASK_GIT:-/work/.mirror/fblupi+GEventator/repo}
  mkdir -p "$work/flask"
  if [ ! -d "$flask_git" ]; then
    flask_git="$work/flask-src.git"
    git clone -q --bare --single-branch --branch develop https://github.com/fblupi/GEventator "$flask_git" 2>/dev/null || true
  fi
  install_packages gunicorn python3-flask python3-pymongo || true
  if git --git-dir="$flask_git" show develop:users/api.py >"$work/flask/api.py" 2>/dev/null \
      && /usr/bin/python3 -c 'import flask, pymongo' 2>/dev/null && command -v gunicorn >/dev/null; then
    # The original reads MongoDB through Flask-PyMongo, which Debian does not package: this stand-in gives
    # it the same two names on top of pymongo, and the copy is pointed at the shared wire server.
    cat >"$work/flask/flask_pymongo.py" <<'PY'
from bson.objectid import ObjectId
from pymongo import MongoClient

class PyMongo:
    def __init__(self, app):
        self.db = MongoClient(app.config['MONGO_URI'])[app.config['MONGO_DBNAME']]
PY
    sed -i "s#mongodb://localhost:27017/geventator_users#$WIRE_URI/flask_users#; s#'MONGO_DBNAME'\] = 'geventator_users'#'MONGO_DBNAME'] = 'flask_users'#" "$work/flask/api.py"
    spawn flask gunicorn --chdir "$work/flask" -w 2 -b "127.0.0.1:$FLASK_PORT" api:app
    flask_pid=$last_pid
    flask_id=$(for _ in $(seq 1 500); do
      curl -fs -X POST "http://127.0.0.1:$FLASK_PORT/user" -H 'Content-Type: application/json' \
        -d '{"username":"ana","email":"ana@example.org","name":"Ana","password":"correct horse battery"}' && break
      kill -0 "$flask_pid" 2>/dev/null || break
      sleep 0.02
    done | jq -r .result._id)
    [ -n "$flask_id" ] && [ "$flask_id" != null ] && flask_ready=yes
  fi
  [ "$flask_ready" = yes ] || echo "   the Flask original is not measured (code or Debian packages missing)"
fi

echo "== throughput (role=all on the wire server); each path right after its limit, so both see the same machine"
# The JIT keeps warming a server for a while: without this, a limit measured early in the run reads low.
echo "   warming every path up first in rounds of ${PREWARM} until two in a row agree within 5 % (at most ${SETTLE_ROUNDS}), not counted"
# The ledger post is warmed up only after the balance is measured: every post adds an entry to the one entries
# collection, and the wire server's memory backend scans that whole collection for the balance's $match (it
# keeps no non-unique index), so a balance measured after the post load would measure the posts' leftovers.
if [ "$ONLY" = ledger ]; then
  prewarm "$BARE/find/$bare_id|" "$ALL/events/$balance_event/ledger/balance|src/bench/auth-get.lua" \
    "$BARE/insert|src/bench/bare-insert.lua" "$BARE/find-aggregate/$bare_id|" "$BARE/find-insert/$bare_id|src/bench/bare-insert.lua"
else
  prewarm "$BARE/json|" "$ALL/health/live|" "$BARE/find/$bare_id|" "$ALL/users/me|src/bench/auth-get.lua" \
    "$ALL/events/$balance_event|src/bench/auth-get.lua" "$ALL/events/$balance_event/ledger/balance|src/bench/auth-get.lua" \
    "$BARE/insert|src/bench/bare-insert.lua" "$BARE/find-aggregate/$bare_id|" "$BARE/find-insert/$bare_id|src/bench/bare-insert.lua"
fi
declare -A limit_of limit_cpu
compare() { # path name, url, lua script or "", limit name, limit url, limit lua script or ""
  serving_pid=$bare_pid
  load "$4 (before $1)" "$5" "$6"
  limit_of[$1]=${rps[$4 (before $1)]}
  limit_cpu[$1]=${cpu[$4 (before $1)]}
  serving_pid=$all_pid
  load "$1" "$2" "$3"
  serving_pid=""
}
if [ "$ONLY" != ledger ]; then
  compare "GET /health/live" "$ALL/health/live" "" "bare: small JSON" "$BARE/json" ""
  compare "GET /users/me" "$ALL/users/me" src/bench/auth-get.lua "bare + one find" "$BARE/find/$bare_id" ""
  compare "GET /users/{id}" "$ALL/users/$user_id" src/bench/auth-get.lua "bare + one find" "$BARE/find/$bare_id" ""
  if [ "$flask_ready" = yes ]; then
    load "Flask original GET /user/<id>" "http://127.0.0.1:$FLASK_PORT/user/$flask_id"
  fi
  compare "GET /events/{id}" "$ALL/events/$balance_event" src/bench/auth-get.lua "bare + one find" "$BARE/find/$bare_id" ""
fi
entries_in() { # event: how many entries it holds
  fresh_token
  curl -fsS "$ALL/events/$1/ledger/balance" -H "Authorization: Bearer $BENCH_TOKEN" | jq .entries
}
echo "   the entries collection holds $(entries_in "$balance_event") entries (all of the balance's event)"
compare "GET ledger/balance (50 entries)" "$ALL/events/$balance_event/ledger/balance" src/bench/auth-get.lua \
  "bare + one find" "$BARE/find/$bare_id" ""
compare "balance vs bare's 2 round trips" "$ALL/events/$balance_event/ledger/balance" src/bench/auth-get.lua \
  "bare: find + one aggregation" "$BARE/find-aggregate/$bare_id" ""
prewarm "$ALL/events/$post_event/ledger/entries|src/bench/post-entry.lua"
compare "POST ledger/entries" "$ALL/events/$post_event/ledger/entries" src/bench/post-entry.lua \
  "bare + one insert" "$BARE/insert" src/bench/bare-insert.lua
# The ledger's own round trips on the bare server, as information beside the targets' limits.
compare "post vs bare's 2 round trips" "$ALL/events/$post_event/ledger/entries" src/bench/post-entry.lua \
  "bare: find + insert" "$BARE/find-insert/$bare_id" src/bench/bare-insert.lua
posted=$(entries_in "$post_event")
echo "   the entries collection now holds $((posted + entries)) entries ($posted of them the post's event)"
compare "GET ledger/balance (50 of $((posted + entries)))" "$ALL/events/$balance_event/ledger/balance" \
  src/bench/auth-get.lua "bare + one find" "$BARE/find/$bare_id" ""
balance_after="GET ledger/balance (50 of $((posted + entries)))"
if [ "$ONLY" = ledger ]; then
  echo
  echo "| path | requests/s | limit | limit requests/s | ratio | target | CPU ms per request, path / limit (server + wire server) |"
  echo "|---|---:|---|---:|---:|---:|---|"
  for path in "GET ledger/balance (50 entries)|bare + one find|≥ 0.5" "POST ledger/entries|bare + one insert|≥ 0.45" \
      "balance vs bare's 2 round trips|bare: find + one aggregation|" \
      "post vs bare's 2 round trips|bare: find + insert|" "$balance_after|bare + one find|(wire server's scan)"; do
    IFS='|' read -r p l t <<<"$path"
    printf '| %s | %s | %s | %s | %s | %s | %s / %s |\n' "$p" "${rps[$p]}" "$l" "${limit_of[$p]}" \
      "$(ratio "${rps[$p]}" "${limit_of[$p]}")" "$t" "${cpu[$p]}" "${limit_cpu[$p]}"
  done
  exit 0
fi
rss_all=$(rss_mib "$all_pid")
stop "$all_pid"
stop "$bare_pid"
[ "$flask_ready" = yes ] && stop "$flask_pid"

split_roles

echo "== start to ready (/health/ready answers 200), $STARTS runs each"
declare -A startup
time_start() { # label, role, flags...
  local label=$1 role=$2
  shift 2
  local times=()
  for _ in $(seq 1 "$STARTS"); do
    local began
    began=$(now_ns)
    geventator "start-$role" "$START_PORT" "$role" "$@"
    wait_ok "http://127.0.0.1:$START_PORT/health/ready" "$last_pid" "start-$role"
    times+=("$(( ($(now_ns) - began) / 1000000 ))")
    stop "$last_pid"
  done
  startup[$label]="${times[*]}"
  printf '  %-40s %s ms\n' "$label" "${times[*]}"
}
peers=(--user-url="$U")
for role in all user event transaction; do
  time_start "$role, configured MongoDB" "$role" --mongodb-uri="$WIRE_URI" --data-dir="$work/start-$role" "${peers[@]}"
done
for role in all user event transaction; do
  rm -rf "$work/embedded-$role"
  time_start "$role, embedded (first start fresh)" "$role" --data-dir="$work/embedded-$role" "${peers[@]}"
done
if [ "$CDS" != no ]; then
  echo "   with a class-data sharing archive (src/deploy/cds-archive.sh, made once for this jar and this Java)"
  JAVA="$JAVA" sh src/deploy/cds-archive.sh "$JAR" "$work/geventator.jsa"
  JVM_EXTRA=(-XX:SharedArchiveFile="$work/geventator.jsa")
  for role in all user event transaction; do
    time_start "$role, configured MongoDB, CDS" "$role" --mongodb-uri="$WIRE_URI" --data-dir="$work/start-$role" "${peers[@]}"
  done
  for role in all user event transaction; do
    # The same data directories as above: the mongod download failed there already and is not tried again.
    time_start "$role, embedded, CDS" "$role" --data-dir="$work/embedded-$role" "${peers[@]}"
  done
  geventator rss-cds "$START_PORT" user --mongodb-uri="$WIRE_URI" --data-dir="$work/start-user" "${peers[@]}"
  wait_ok "http://127.0.0.1:$START_PORT/health/ready" "$last_pid" rss-cds
  rss_cds=$(rss_mib "$last_pid")
  stop "$last_pid"
  echo "  resident memory of role=user when ready, with the archive: $rss_cds MiB"
  JVM_EXTRA=()
fi
stop "$user_pid"

if [ "$SCALE" != no ]; then
  echo "== the balance over 1,000, 10,000 and 100,000 entries, role=all on the embedded default (median of 3)"
  # As the README starts it (java -jar, the JVM's own heap), not with the container's flags: the in-process
  # wire server holds the entries a query reads in memory, which a 128 MiB heap cannot for 20,000 of them
  # (docs/benchmarks/speed.md, third session); the container is meant for a configured MongoDB.
  spawn scale "$JAVA" -jar "$JAR" --role=all --host=127.0.0.1 --port="$ALL_PORT" --database-prefix=bench \
    --data-dir="$work/data-scale"
  scale_pid=$last_pid
  wait_ok "$ALL/health/ready" "$scale_pid" scale
  scale_token=$(register_and_log_in "$ALL" carla)
  scale_event=$(new_event "$ALL" "$scale_token")
  L="$ALL/events/$scale_event/ledger"
  declare -A balance_ms
  have=0
  for target in 1000 10000 100000; do
    while [ "$have" -lt "$target" ]; do
      rows=$((target - have))
      [ "$rows" -gt 10000 ] && rows=10000
      import_entries "$L" "$scale_token" "$rows" "scale$have"
      have=$((have + rows))
    done
    samples=$(for _ in 1 2 3 4; do
      curl -fsS -o /dev/null -w '%{time_total}\n' "$L/balance" -H "Authorization: Bearer $scale_token"
    done | tail -n 3 | sort -n | sed -n 2p)
    balance_ms[$target]=$(awk -v s="$samples" 'BEGIN { printf "%.0f", s * 1000 }')
    printf '  %7d entries: %6s ms (%s ms per 1,000)\n' "$target" "${balance_ms[$target]}" \
      "$(awk -v ms="${balance_ms[$target]}" -v n="$target" 'BEGIN { printf "%.1f", ms * 1000 / n }')"
  done
  rss_scale=$(rss_mib "$scale_pid")
  echo "  resident memory of role=all after the 100,000-entry balance: $rss_scale MiB"
  stop "$scale_pid"
fi

echo
echo "== summary (ratios against the limit measured in this run)"
echo "| path | requests/s | limit | limit requests/s | ratio | target | CPU ms per request, path / limit (server + wire server) |"
echo "|---|---:|---|---:|---:|---:|---|"
row() { # path, limit name, target
  printf '| %s | %s | %s | %s | %s | %s | %s / %s |\n' "$1" "${rps[$1]}" "$2" "${limit_of[$1]}" \
    "$(ratio "${rps[$1]}" "${limit_of[$1]}")" "$3" "${cpu[$1]}" "${limit_cpu[$1]}"
}
row "GET /health/live" "bare: small JSON" "≥ 0.9"
row "GET /users/me" "bare + one find" "≥ 0.8"
row "GET /users/{id}" "bare + one find" "≥ 0.8"
row "GET /events/{id}" "bare + one find" "≥ 0.8"
row "GET ledger/balance (50 entries)" "bare + one find" "≥ 0.5"
row "POST ledger/entries" "bare + one insert" "≥ 0.45"
row "balance vs bare's 2 round trips" "bare: find + one aggregation" ""
row "post vs bare's 2 round trips" "bare: find + insert" ""
row "$balance_after" "bare + one find" "(the wire server's scan)"
if [ "$flask_ready" = yes ]; then
  printf '| GET /users/{id} vs the Flask original GET /user/<id> | %s | Flask, gunicorn -w 2 | %s | %s | ≥ 1.5 | |\n' \
    "${rps[GET /users/{id}]}" "${rps[Flask original GET /user/<id>]}" \
    "$(ratio "${rps[GET /users/{id}]}" "${rps[Flask original GET /user/<id>]}")"
fi
split_table
echo
echo "| resident memory (MiB) | when ready | after the load |"
echo "|---|---:|---:|"
echo "| role=all | - | $rss_all |"
for role in user event transaction; do echo "| role=$role | ${rss_ready[$role]} | ${rss_load[$role]} |"; done
echo
echo "| start to ready (ms, each run) | |"
echo "|---|---|"
for label in "all, configured MongoDB" "user, configured MongoDB" "event, configured MongoDB" \
    "transaction, configured MongoDB" "all, embedded (first start fresh)" "user, embedded (first start fresh)" \
    "event, embedded (first start fresh)" "transaction, embedded (first start fresh)"; do
  echo "| $label | ${startup[$label]} |"
done
if [ "$CDS" != no ]; then
  for label in "all, configured MongoDB, CDS" "user, configured MongoDB, CDS" "event, configured MongoDB, CDS" \
      "transaction, configured MongoDB, CDS" "all, embedded, CDS" "user, embedded, CDS" "event, embedded, CDS" \
      "transaction, embedded, CDS"; do
    echo "| $label | ${startup[$label]} |"
  done
  echo "| (role=user resident when ready, with the archive: $rss_cds MiB) | |"
fi
if [ "$SCALE" != no ]; then
  echo
  echo "| entries (embedded default) | balance ms | ms per 1,000 entries |"
  echo "|---:|---:|---:|"
  for target in 1000 10000 100000; do
    echo "| $target | ${balance_ms[$target]} | $(awk -v ms="${balance_ms[$target]}" -v n="$target" 'BEGIN { printf "%.1f", ms * 1000 / n }') |"
  done
fi
}; exit
