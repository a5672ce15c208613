#!/usr/bin/env bash
# Proves the jlink runtime outside Docker: builds it with jlink-build.sh (as the Dockerfile does), reports its
# size, runs RuntimeCheck with it (the JNDI DNS provider for mongodb+srv and the TLS/EC providers load), then
# starts the jar once per role on free loopback ports and waits for each GET /health/ready to answer 200.
#
#   src/deploy/jlink-runtime.sh [JAR]          JAR defaults to target/geventator.jar
#
# JAVA_HOME picks the JDK whose jlink builds the runtime (default: Temurin 25 when installed, else the java
# on PATH). GEVENTATOR_MONGODB_URI, when set, is handed to the roles; empty means each role's embedded database.
# JLINK_CHECK_TIMEOUT (seconds, default 240) bounds the wait for readiness; JLINK_CHECK_ROLES (default
# "user event transaction") lists the roles to start.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
jar=${1:-$repo/target/geventator.jar}
timeout=${JLINK_CHECK_TIMEOUT:-240}

if [[ -z ${JAVA_HOME:-} ]]; then
  if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/jlink ]]; then
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  else
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  fi
fi
export JAVA_HOME

work=$(mktemp -d "${TMPDIR:-/tmp}/geventator-jlink.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "jlink check FAILED: $*" >&2
  exit 1
}

[[ -f $jar ]] || fail "$jar not found; run ./mvnw -B package first"

echo "== building the runtime with $("$JAVA_HOME/bin/jlink" --version | head -n1) from $JAVA_HOME"
runtime=$work/runtime
sh "$here/jlink-build.sh" "$runtime"
echo "runtime size: $(du -sh "$runtime" | cut -f1) ($(du -sb "$runtime" | cut -f1) bytes)"
echo "modules: $("$runtime/bin/java" --list-modules | sed 's/@.*//' | paste -sd' ' -)"

echo "== providers loaded by name (RuntimeCheck)"
"$JAVA_HOME/bin/javac" --release 17 -d "$work/check" "$here/RuntimeCheck.java"
"$runtime/bin/java" -cp "$work/check" RuntimeCheck || fail "RuntimeCheck failed with the jlink runtime"

echo "== what jdeps sees in the jar (for reference; the module list above must cover it)"
"$JAVA_HOME/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 -q "$jar" 2>/dev/null \
  || echo "(jdeps could not analyse the jar)"

port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

next_free_port() {
  local port=$1
  while ! port_is_free "$port"; do
    port=$((port + 1))
  done
  echo "$port"
}

read -r -a roles <<<"${JLINK_CHECK_ROLES:-user event transaction}"
declare -A ports
port=17070
for role in user event transaction "${roles[@]}"; do
  [[ -n ${ports[$role]:-} ]] && continue
  port=$(next_free_port "$port")
  ports[$role]=$port
  port=$((port + 1))
done

echo "== starting each role with the jlink runtime"
for role in "${roles[@]}"; do
  mkdir -p "$work/$role"
  GEVENTATOR_PORT=${ports[$role]} \
  GEVENTATOR_HOST=127.0.0.1 \
  GEVENTATOR_DATA_DIR=$work/$role \
  GEVENTATOR_TOKEN_KEYS_FILE=$work/token-keys.json \
  GEVENTATOR_MONGODB_URI=${GEVENTATOR_MONGODB_URI:-} \
  GEVENTATOR_DATABASE_PREFIX=jlinkcheck$role \
  GEVENTATOR_USER_URL=http://127.0.0.1:${ports[user]} \
  GEVENTATOR_EVENT_URL=http://127.0.0.1:${ports[event]} \
  GEVENTATOR_TRANSACTION_URL=http://127.0.0.1:${ports[transaction]} \
    "$runtime/bin/java" -Xmx384m -jar "$jar" --role="$role" >"$work/$role.log" 2>&1 &
  pids+=("$!")
  echo "$role: pid $! on port ${ports[$role]}"
done

deadline=$((SECONDS + timeout))
for i in "${!roles[@]}"; do
  role=${roles[$i]}
  url=http://127.0.0.1:${ports[$role]}/health/ready
  status=000
  while [[ $status != 200 ]]; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then
      tail -n 40 "$work/$role.log" >&2
      fail "$role exited before it was ready"
    fi
    if ((SECONDS > deadline)); then
      tail -n 40 "$work/$role.log" >&2
      fail "$role not ready within ${timeout}s (last status $status)"
    fi
    sleep 1
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)
  done
  echo "$role: GET $url -> $status"
done

# A class the runtime lacks shows up as NoClassDefFoundError even when the role still comes up.
for role in "${roles[@]}"; do
  if grep -n -m 5 -E 'NoClassDefFoundError|module .* not found' "$work/$role.log"; then
    fail "$role logged a class missing from the runtime (see above)"
  fi
done

echo "jlink check passed: the runtime starts every role and each answers /health/ready with 200"
