#!/usr/bin/env bash
# Benchmarks of the user role, recorded in docs/benchmarks/users.md; nothing here asserts a time.
# Needs: target/geventator.jar (./mvnw package), curl, wrk. Uses the embedded default database.
# JAVA_OPTS passes JVM options to the server, e.g. JAVA_OPTS=-Xmx256m.
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=target/geventator.jar
port=${BENCH_PORT:-17070}
base="http://127.0.0.1:${port}"
work=$(mktemp -d)
pid=""
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }

start() {
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  java ${JAVA_OPTS:-} -jar "$jar" --role=user --host=127.0.0.1 --port="$port" --data-dir="$1" >"$work/server.log" 2>&1 &
  pid=$!
}

wait_ready() {
  until curl -fs "$base/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.02
  done
}

stop() {
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
}

echo "== cold start to a ready /health/ready, role=user, embedded database (5 runs)"
for run in 1 2 3 4 5; do
  rm -rf "$work/data"
  began=$(now_ms)
  start "$work/data"
  wait_ready
  echo "run $run: $(( $(now_ms) - began )) ms"
  stop
done

echo "== resident memory after 1,000 registrations"
rm -rf "$work/data"
start "$work/data"
wait_ready
echo "RSS when ready: $(awk '/VmRSS/ {print $2, $3}' "/proc/$pid/status")"
began=$(now_ms)
seq 1 1000 | xargs -P 2 -I{} curl -fs -o /dev/null -H 'Content-Type: application/json' \
  -d '{"username":"user{}","email":"user{}@example.org","displayName":"User {}","password":"correct horse battery"}' \
  "$base/users"
echo "1,000 registrations with 2 clients: $(( $(now_ms) - began )) ms"
echo "RSS after 1,000 registrations: $(awk '/VmRSS/ {print $2, $3}' "/proc/$pid/status")"

echo "== registrations per second (wrk, 2 threads, 4 connections, 20 s)"
wrk -t2 -c4 -d20s -s src/bench/register.lua "$base" | grep -E "Requests/sec|Latency|Non-2xx"

echo "== log-ins per second (wrk, 2 threads, 4 connections, 20 s)"
curl -fs -o /dev/null -H 'Content-Type: application/json' \
  -d '{"username":"benchlogin","email":"benchlogin@example.org","displayName":"Bench","password":"correct horse battery"}' \
  "$base/users"
wrk -t2 -c4 -d20s -s src/bench/login.lua "$base/tokens" | grep -E "Requests/sec|Latency|Non-2xx"
echo "RSS at the end: $(awk '/VmRSS/ {print $2, $3}' "/proc/$pid/status")"
stop
