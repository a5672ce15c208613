#!/bin/sh
# Assembles the final image's whole root file system in ROOT_DIR, in the Dockerfile's build stage:
#   image-root.sh RUNTIME_DIR JAR ROOT_DIR
# - the jlink runtime at /opt/java and the jar at /app/geventator.jar;
# - the C library files the runtime links against, found with ldd and copied with their paths (the dynamic
#   loader, libc, libm, ...), so the final stage can start FROM scratch on amd64 and arm64 alike;
# - a non-root user (nonroot, uid and gid 65532, as in the distroless images), /tmp, /data owned by it;
# - the health probe (src/deploy/health-probe.c, compiled here against the same C library), and no shell.
# POSIX sh: it runs in whatever JDK image the build stage starts from.
set -eu

runtime=${1:?usage: image-root.sh RUNTIME_DIR JAR ROOT_DIR}
jar=${2:?usage: image-root.sh RUNTIME_DIR JAR ROOT_DIR}
root=${3:?usage: image-root.sh RUNTIME_DIR JAR ROOT_DIR}
uid=65532

mkdir -p "$root/opt" "$root/app" "$root/etc" "$root/usr/local/bin"
cp -a "$runtime" "$root/opt/java"
# Files a running JVM never reads: the class list is only an input for making a CDS archive, and jrt-fs.jar
# only lets another, older JDK read this runtime's modules. 180 KB that the 60 MB limit needs.
rm -f "$root/opt/java/lib/classlist" "$root/opt/java/lib/jrt-fs.jar"
cp "$jar" "$root/app/geventator.jar"
here=$(cd "$(dirname "$0")" && pwd)
cc -Os -s -Wall -o "$root/usr/local/bin/health-probe" "$here/health-probe.c"

# Every shared object the runtime and the probe need from the system, plus the loader.
# ldd prints "libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x...)" and "/lib64/ld-linux-x86-64.so.2 (0x...)".
find "$root/opt/java" "$root/usr/local/bin" -type f \( -name '*.so' -o -perm -u+x \) -exec sh -c '
  for f; do ldd "$f" 2>/dev/null || true; done' sh {} + |
  awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' |
  grep -v "^$root/" | sort -u >"$root/.libs"
while read -r lib; do
  # Keep the path the runtime asks for; a symlinked directory such as /lib64 becomes a real one here.
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done <"$root/.libs"
rm "$root/.libs"

# With no /etc/nsswitch.conf glibc asks DNS before /etc/hosts; files first, as on any distribution.
printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$root/etc/nsswitch.conf"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:%s:%s:nonroot:/home/nonroot:/sbin/nologin\n' \
  "$uid" "$uid" >"$root/etc/passwd"
printf 'root:x:0:\nnonroot:x:%s:\n' "$uid" >"$root/etc/group"
mkdir -p "$root/tmp" "$root/data" "$root/home/nonroot"
chmod 1777 "$root/tmp"
chown "$uid:$uid" "$root/data" "$root/home/nonroot"
chmod 0750 "$root/data"
