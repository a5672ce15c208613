#!/bin/sh
# Makes a class-data sharing archive (AppCDS) of GEventator's classes for one jar and one Java:
#   src/deploy/cds-archive.sh [JAR [ARCHIVE]]      defaults: target/geventator.jar, target/geventator.jsa
# then start with it:
#   java -XX:SharedArchiveFile=target/geventator.jsa -jar target/geventator.jar --role=user
#
# The archive holds the classes a start loads (about 6,000: logback, the driver, Jackson, Javalin, Jetty, the
# roles), already parsed and verified, so a start maps them instead of reading them from the jar: role=user
# went from 1.7 s to 0.9 s to ready (docs/benchmarks/speed.md). It is made by one training start of role=all
# on the embedded default, in a data directory of its own that is deleted afterwards, so one archive serves
# every role on either database; the JVM writes it when that process stops (-XX:ArchiveClassesAtExit, Java 13
# and later; on 19 and later -XX:+AutoCreateSharedArchive does the same at a first start by itself).
#
# An archive fits only the jar it was made from (same path, size and time) and the same Java build: after a
# rebuild or a Java update the JVM ignores it (and says so on -Xlog:cds) and starts the slow way; make it
# again. It needs the Java's own base archive (lib/server/classes.jsa, in every JDK package, but not in the
# container's jlink runtime, see docs/DEPLOY.md). JAVA picks the java (default: java on the PATH).
# POSIX sh.
set -eu

jar=${1:-target/geventator.jar}
archive=${2:-target/geventator.jsa}
java=${JAVA:-java}
[ -f "$jar" ] || { echo "cds-archive.sh: no $jar (run ./mvnw -q package -DskipTests first)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/geventator-cds.XXXXXX")
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

rm -f "$archive"
"$java" -XX:ArchiveClassesAtExit="$archive" -jar "$jar" --role=all --host=127.0.0.1 --port=0 \
  --data-dir="$work/data" --database-prefix=cds >"$work/training.log" 2>&1 &
pid=$!
# Port 0: the kernel picks a free one, and the start's log line says which.
tries=0
port=
until [ -n "$port" ] && curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
  port=$(sed -n 's#.* listening on http://127\.0\.0\.1:\([0-9]*\).*#\1#p' "$work/training.log" | head -n 1)
  if ! kill -0 "$pid" 2>/dev/null || [ "$tries" -gt 1200 ]; then
    echo "cds-archive.sh: the training start did not become ready; its log:" >&2
    cat "$work/training.log" >&2
    exit 1
  fi
  tries=$((tries + 1))
  sleep 0.1
done
# The paths most requests take, so their classes are in the archive too.
curl -fs -o /dev/null "http://127.0.0.1:$port/health/live" || true
curl -fs -o /dev/null "http://127.0.0.1:$port/users/me" || true
kill "$pid"
wait "$pid" || true
pid=
[ -s "$archive" ] || { echo "cds-archive.sh: no archive was written; the log:" >&2; cat "$work/training.log" >&2; exit 1; }
echo "cds-archive.sh: $archive ($(wc -c <"$archive") bytes) for $jar"
