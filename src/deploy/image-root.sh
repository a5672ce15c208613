#!/bin/sh
# Assembles the final image's whole root file system in ROOT_DIR, in the Dockerfile's build stage:
#   image-root.sh RUNTIME_DIR JAR ROOT_DIR
# - the jlink runtime at /opt/java and the jar at /app/geventator.jar;
# - the C library files the runtime links against, found with ldd and copied with their paths (the dynamic
#   loader, libc, libm, ...), so the final stage can start FROM scratch on amd64 and arm64 alike;
# - a non-root user (nonroot, uid and gid 65532, as in the distroless images), /tmp, /data owned by it;
# - busybox's wget for the health check (no shell: busybox runs as wget through its own name, not as sh).
# POSIX sh: it runs in whatever JDK image the build stage starts from.
set -eu

runtime=${1:?usage: image-root.sh RUNTIME_DIR JAR ROOT_DIR}
jar=${2:?usage: image-root.sh RUNTIME_DIR JAR ROOT_DIR}
root=${3:?usage: image-root.sh RUNTIME_DIR JAR ROOT_DIR}
uid=65532

mkdir -p "$root/opt" "$root/app" "$root/etc" "$root/usr/local/bin"
cp -a "$runtime" "$root/opt/java"
cp "$jar" "$root/app/geventator.jar"

# Every shared object the runtime's executables and libraries need from the system, plus the loader.
# ldd prints "libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x...)" and "/lib64/ld-linux-x86-64.so.2 (0x...)".
find "$root/opt/java" -type f \( -name '*.so' -o -perm -u+x \) -exec sh -c '
  for f; do ldd "$f" 2>/dev/null || true; done' sh {} + |
  awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' |
  grep -v "^$root/" | sort -u >"$root/.libs"
while read -r lib; do
  # Keep the path the runtime asks for (a symlink such as /lib64 stays a real directory here) and the
  # file's real name beside it when that differs (libc.so.6 -> libc-2.36.so on older releases).
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

# busybox-static: one self-contained binary; only the wget name is linked, so no shell enters the image.
busybox=$(command -v busybox)
cp "$busybox" "$root/usr/local/bin/busybox"
ln -s busybox "$root/usr/local/bin/wget"
