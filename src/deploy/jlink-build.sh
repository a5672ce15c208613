#!/bin/sh
# Builds the minimal Java runtime for target/geventator.jar with jlink: jlink-build.sh OUTPUT_DIR.
# The Dockerfile and jlink-runtime.sh both call this, so the image and the CI check get the same runtime.
# POSIX sh on purpose: it runs in whatever JDK image the Dockerfile's build stage starts from.
set -eu

output=${1:?usage: jlink-build.sh OUTPUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
jlink=${JAVA_HOME:+$JAVA_HOME/bin/}jlink

# Comments and blank lines out, one comma-separated list in.
modules=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$here/jlink-modules.txt" | grep -v '^$' | paste -sd, -)

# On Linux, JDK 25's jlink runs objcopy for --strip-debug: binutils must be installed.
# JDK 21 renamed the compression levels; a JDK 17 jlink only knows the numbers.
major=$("$jlink" --version | cut -d. -f1)
if [ "$major" -ge 21 ]; then compress=zip-9; else compress=2; fi

# jlink wants a fresh output directory. Removing an old one is fine, but never a directory that holds the JDK
# doing the work: the Temurin images keep it in /opt/java/openjdk, and an output of /opt/java once deleted it
# ("jlink: not found", exit 127).
jdk=$(cd "$(dirname "$(command -v "$jlink")")/.." && pwd -P)
if [ -e "$output" ]; then
  out=$(cd "$output" && pwd -P)
  case "$jdk/" in
    "$out"/*)
      echo "jlink-build.sh: refusing to replace $output: it contains the JDK at $jdk" >&2
      exit 2
      ;;
  esac
fi
rm -rf "$output"
"$jlink" \
  --add-modules "$modules" \
  --strip-debug \
  --no-man-pages \
  --no-header-files \
  --compress="$compress" \
  --output "$output"

# jlink strips Java debug attributes but leaves native symbol tables: about 5 MB in libjvm.so alone.
# Dynamic symbols stay (--strip-unneeded), so the JVM still finds what it exports.
if command -v strip >/dev/null 2>&1; then
  find "$output" -name '*.so' -exec strip --strip-unneeded {} +
fi
