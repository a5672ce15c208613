#!/usr/bin/env bash
# Builds the real Dockerfile with Debian's buildah and runs what it built: the image CI ships.
#
#   src/deploy/image-check.sh          (as root; after ./mvnw package has left target/geventator.jar)
#
# No Docker engine runs here and Docker Hub cannot be reached, so the build stage's base is a local stand-in
# for eclipse-temurin:17-jdk-noble: a debootstrapped Debian 12 root with this machine's OpenJDK 17 copied to
# the same JAVA_HOME (/opt/java/openjdk) and the same PATH. The final stage is FROM scratch, as in production:
# no stand-in is needed for it. buildah runs with vfs storage and chroot isolation under a fresh mktemp
# directory, and --format docker, which keeps the HEALTHCHECK.
#
# Then: the image size (at most IMAGE_LIMIT_BYTES, default 60,000,000), no leftovers in its root, the
# HEALTHCHECK kept, a start without GEVENTATOR_MONGODB_URI ending in one line, and each role started with
# `buildah run` as the image's user with the image's entrypoint against a wire-protocol server on loopback,
# until GET /health/ready answers 200; then the image's own health probe (the HEALTHCHECK command) asks too.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
limit=${IMAGE_LIMIT_BYTES:-60000000}
timeout=${IMAGE_CHECK_TIMEOUT:-240}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
jdk=${STANDIN_JDK:-/usr/lib/jvm/java-17-openjdk-amd64}
host_java=${HOST_JAVA:-$jdk/bin/java}
laptop_jar=$repo/target/geventator.jar

fail() {
  echo "image check FAILED: $*" >&2
  exit 1
}
[[ -f $laptop_jar ]] || fail "$laptop_jar not found; run ./mvnw package first"
missing=()
[[ -x $jdk/bin/jlink ]] || missing+=(openjdk-17-jdk-headless)
command -v buildah >/dev/null || missing+=(buildah)
command -v debootstrap >/dev/null || missing+=(debootstrap)
command -v jq >/dev/null || missing+=(jq)
command -v curl >/dev/null || missing+=(curl)
if ((${#missing[@]} > 0)); then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi
[[ -x $jdk/bin/jlink ]] || fail "no JDK 17 with jlink at $jdk"

work=$(mktemp -d /var/tmp/geventator-image.XXXXXX)
bah=(buildah --root "$work/storage" --runroot "$work/run" --storage-driver vfs)
pids=()
containers=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  for c in "${containers[@]}"; do "${bah[@]}" rm "$c" >/dev/null 2>&1 || true; done
  "${bah[@]}" rmi --all --force >/dev/null 2>&1 || true
  # vfs layers are plain directories; anything still mounted under $work would keep rm from finishing.
  grep -o " ${work}[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== stand-in for eclipse-temurin:17-jdk-noble: debootstrap Debian 12 + $jdk as /opt/java/openjdk"
standin_root=$work/jdk-root
mkdir -p /var/cache/geventator-ci/debootstrap
debootstrap --variant=minbase --cache-dir=/var/cache/geventator-ci/debootstrap \
  --include=ca-certificates,curl bookworm "$standin_root" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -n 20 "$work/debootstrap.log"; fail "debootstrap failed"; }
mkdir -p "$standin_root/opt/java/openjdk"
# Debian's JDK links into /etc and /usr/share: copy what the links point to. src.zip is a dangling link.
(cd "$jdk" && find . -xtype l -printf '%P\n' >"$work/dangling")
tar -C "$jdk" --dereference --exclude-from="$work/dangling" -cf - . | tar -C "$standin_root/opt/java/openjdk" -xf -
# This machine reaches Maven Central through a TLS-inspecting egress proxy whose CA only the machine's own
# bundle has: the stand-in gets that bundle (the JDK copy above already carries the machine's Java cacerts).
cp /etc/ssl/certs/ca-certificates.crt "$standin_root/etc/ssl/certs/ca-certificates.crt"
rm -rf "$standin_root/var/cache/apt/archives"/*.deb "$standin_root/var/lib/apt/lists"/*
ctr=$("${bah[@]}" from scratch)
"${bah[@]}" copy "$ctr" "$standin_root" / >/dev/null
"${bah[@]}" config --env JAVA_HOME=/opt/java/openjdk \
  --env PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --env LANG=en_US.UTF-8 "$ctr"
"${bah[@]}" commit --quiet "$ctr" localhost/temurin-standin:17-jdk >/dev/null
"${bah[@]}" rm "$ctr" >/dev/null
rm -rf "$standin_root"

echo "== buildah build (vfs, chroot isolation, --format docker) of $repo/Dockerfile"
build_started=$SECONDS
"${bah[@]}" build --format docker --isolation chroot --layers=false \
  --build-arg JDK_IMAGE=localhost/temurin-standin:17-jdk \
  --build-arg REVISION="$(git -C "$repo" rev-parse HEAD 2>/dev/null || echo unknown)" \
  -t localhost/geventator:ci "$repo" >"$work/build.log" 2>&1 \
  || { tail -n 60 "$work/build.log"; fail "the image did not build"; }
grep -E 'runtime check|dns:|tls:' "$work/build.log" || true
echo "   build took $((SECONDS - build_started)) s"

image=localhost/geventator:ci
# The bytes of the image's layers, uncompressed, as `docker images` counts them.
"${bah[@]}" push --quiet --disable-compression --format v2s2 "$image" "dir:$work/pushed" >/dev/null
size=$(jq '[.layers[].size] | add' "$work/pushed/manifest.json")
rm -rf "$work/pushed"
config=$("${bah[@]}" inspect --type image "$image")
entrypoint=$(jq -c '.Docker.config.Entrypoint' <<<"$config")
user=$(jq -r '.Docker.config.User' <<<"$config")
health=$(jq -c '.Docker.config.Healthcheck.Test' <<<"$config")
echo "image size: $size bytes (limit $limit)"
echo "entrypoint: $entrypoint, user: $user"
echo "healthcheck: $health"
((size <= limit)) || fail "the image is $size bytes, over $limit"
[[ $health == *health/ready* ]] || fail "the HEALTHCHECK was not kept"
[[ $user == 65532:65532 ]] || fail "the image does not run as the non-root user 65532"

echo "== what is in the image's root"
probe=$("${bah[@]}" from "$image")
containers+=("$probe")
mnt=$("${bah[@]}" mount "$probe")
du -sb "$mnt/opt/java" "$mnt/app/geventator.jar" "$mnt/lib"* "$mnt/usr" 2>/dev/null | sed "s|$mnt||"
leftovers=$(
  cd "$mnt"
  find tmp root runtime-check src opt/java/openjdk 2>/dev/null | grep -vx tmp
  find . -name 'hsperfdata*'
)
[[ -z $leftovers ]] || fail "left over in the image: $leftovers"
[[ -z $(find "$mnt/data" -mindepth 1 2>/dev/null) ]] || fail "/data is not empty in the image"
[[ ! -e $mnt/bin/sh && ! -e $mnt/usr/bin/sh ]] || fail "the image has a shell"
echo "no leftovers: /tmp and /data empty, no build files, no shell"
"${bah[@]}" umount "$probe" >/dev/null

read -r -a entry < <(jq -r '.[]' <<<"$entrypoint" | paste -sd' ' -)

echo "== without GEVENTATOR_MONGODB_URI the image stops with one line"
set +e
"${bah[@]}" run --isolation chroot --user "$user" --env ROLE=user "$probe" -- "${entry[@]}" \
  >"$work/nouri.out" 2>&1
status=$?
set -e
cat "$work/nouri.out"
((status == 1)) || fail "expected exit status 1 without a MongoDB URI, got $status"
# buildah adds its own "subprocess exited" lines; the process's output is what starts with "geventator:".
if [[ $(grep -c '^geventator: ' "$work/nouri.out") != 1 ]] || ! grep -q '^geventator: .*mongodb-uri' "$work/nouri.out" \
  || grep -q -E 'Exception|^\s+at ' "$work/nouri.out"; then
  fail "expected one line naming mongodb-uri and no stack trace"
fi

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p=$1
  while ! port_is_free "$p"; do p=$((p + 1)); done
  echo "$p"
}

mongo_port=$(free_port 27117)
"$host_java" -cp "$laptop_jar" "$here/WireServer.java" "$mongo_port" >"$work/mongo.log" 2>&1 &
pids+=("$!")
for _ in $(seq 60); do
  grep -q listening "$work/mongo.log" && break
  sleep 1
done
grep -q listening "$work/mongo.log" || { cat "$work/mongo.log"; fail "the wire-protocol server did not start"; }

declare -A port
next=17170
for role in user event transaction; do
  port[$role]=$(free_port "$next")
  next=$((port[$role] + 1))
done

echo "== each role from the image, as $user, with the image's entrypoint"
for role in user event transaction; do
  c=$("${bah[@]}" from "$image")
  containers+=("$c")
  "${bah[@]}" run --isolation chroot --user "$user" \
    --env ROLE="$role" --env GEVENTATOR_HOST=127.0.0.1 --env GEVENTATOR_PORT="${port[$role]}" \
    --env GEVENTATOR_MONGODB_URI="mongodb://127.0.0.1:$mongo_port" --env GEVENTATOR_DATABASE_PREFIX="ci$role" \
    --env GEVENTATOR_USER_URL="http://127.0.0.1:${port[user]}" \
    --env GEVENTATOR_EVENT_URL="http://127.0.0.1:${port[event]}" \
    --env GEVENTATOR_TRANSACTION_URL="http://127.0.0.1:${port[transaction]}" \
    --env JAVA_TOOL_OPTIONS=-Xmx256m \
    "$c" -- "${entry[@]}" >"$work/$role.log" 2>&1 &
  pids+=("$!")
  echo "$role: port ${port[$role]}"
done

deadline=$((SECONDS + timeout))
i=1
for role in user event transaction; do
  url=http://127.0.0.1:${port[$role]}/health/ready
  status=000
  while [[ $status != 200 ]]; do
    kill -0 "${pids[$i]}" 2>/dev/null || { tail -n 30 "$work/$role.log"; fail "$role exited"; }
    ((SECONDS < deadline)) || { tail -n 30 "$work/$role.log"; fail "$role not ready within ${timeout}s"; }
    sleep 1
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)
  done
  echo "$role: GET $url -> $status"
  i=$((i + 1))
done
for role in user event transaction; do
  "${bah[@]}" run --isolation chroot --user "$user" "$probe" -- health-probe "${port[$role]}" /health/ready \
    || fail "the image's health probe failed against $role"
done
echo "the image's health probe (its HEALTHCHECK command) answers 0 for every role"
if "${bah[@]}" run --isolation chroot --user "$user" "$probe" -- health-probe "${port[user]}" /no-such-path 2>/dev/null; then
  fail "the health probe accepted a 404"
fi
if grep -n -m 5 -E 'NoClassDefFoundError|ClassNotFoundException|UnsatisfiedLinkError' "$work"/*.log; then
  fail "a role logged a class or library missing from the image"
fi
echo "image check passed: $size bytes; every role from the image answers /health/ready with 200"
