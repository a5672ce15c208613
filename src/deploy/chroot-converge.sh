#!/usr/bin/env bash
# Converges ansible/site.yml with a current ansible-core against a Debian 13 target, twice, and fails unless
# the second run changes nothing. Needs root.
#
#   src/deploy/chroot-converge.sh
#
# This machine's own ansible-core is 2.14 (Debian 12), too old for Ubuntu 24.04's Python 3.12, so the
# controller is a debootstrapped Debian 13 (trixie) root with trixie's ansible-core (2.19). The target is a
# second trixie root (Python 3.13, the nearest to Ubuntu 24.04 reachable here) running its own sshd on a free
# loopback port: the controller reaches it over real SSH, with an empty known_hosts, so the first contact
# also proves ansible.cfg's StrictHostKeyChecking=accept-new. Both roots are fresh mktemp directories.
#
# What a root without systemd cannot do is skipped with --skip-tags daemon and is NOT proven here: starting
# Docker, Caddy and the geventator unit, loading or pulling the image, the health wait. Package installs
# (docker.io, caddy), files, templates (the Caddyfile through `caddy validate`) and permissions all run.
# A third run as the event host checks that the private signing key leaves a host that is not the user role.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

for tool in debootstrap ssh-keygen; do
  if ! command -v "$tool" >/dev/null; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap openssh-client
  fi
done

work=$(mktemp -d /var/tmp/geventator-converge.XXXXXX)
controller=$work/controller
target=$work/target
sshd_pid=
cleanup() {
  [[ -n $sshd_pid ]] && kill "$sshd_pid" 2>/dev/null
  [[ -n $sshd_pid ]] && wait "$sshd_pid" 2>/dev/null
  for m in "$controller/repo" "$controller/proc" "$target/proc"; do
    mountpoint -q "$m" 2>/dev/null && umount -l "$m"
  done
  rm -rf "$work"
}
trap cleanup EXIT

echo "== debootstrap Debian 13 (trixie): controller with ansible-core, target with python3 and sshd"
# python3-cffi-backend by name: debootstrap does not resolve the virtual package python3-cryptography needs.
# Both at once: most of the time is downloads.
debootstrap --variant=minbase --include=ansible-core,python3-cffi-backend,openssh-client \
  trixie "$controller" "$mirror" >"$work/controller.log" 2>&1 &
controller_pid=$!
debootstrap --variant=minbase \
  --include=python3,python3-apt,openssh-server,sudo,ca-certificates \
  trixie "$target" "$mirror" >"$work/target.log" 2>&1 || { tail -n 20 "$work/target.log"; exit 1; }
wait "$controller_pid" || { tail -n 20 "$work/controller.log"; exit 1; }
# Ansible refuses non-blocking standard streams; CI runs without a terminal, so stdin is /dev/null here.
chroot "$controller" ansible --version </dev/null | head -n 1
chroot "$target" python3 --version

# Package scripts must not start services inside the target.
printf '#!/bin/sh\nexit 101\n' >"$target/usr/sbin/policy-rc.d"
chmod 0755 "$target/usr/sbin/policy-rc.d"
mount -t proc proc "$target/proc"
mount -t proc proc "$controller/proc"
mkdir -p "$controller/repo"
mount --bind "$repo" "$controller/repo"
mount -o remount,bind,ro "$controller/repo"

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=2222
while ! port_is_free "$port"; do port=$((port + 1)); done

chroot "$controller" ssh-keygen -q -t ed25519 -N '' -f /root/.ssh/id_ed25519
install -d -m 0700 "$target/root/.ssh"
install -m 0600 "$controller/root/.ssh/id_ed25519.pub" "$target/root/.ssh/authorized_keys"
chroot "$target" ssh-keygen -A >/dev/null
mkdir -p "$target/run/sshd"
chroot "$target" /usr/sbin/sshd -D -e -p "$port" -o ListenAddress=127.0.0.1 -o PermitRootLogin=prohibit-password \
  -o UsePAM=no 2>"$work/sshd.log" &
sshd_pid=$!
for _ in $(seq 30); do port_is_free "$port" || break; sleep 0.5; done

inventory() {
  cat <<YAML
geventator:
  hosts:
    $1:
      ansible_host: 127.0.0.1
      ansible_port: $port
      ansible_user: root
  vars:
    geventator_private_address: 127.0.0.1
    geventator_urls:
      user: http://10.0.1.5:7070
      event: http://10.0.1.6:7070
      transaction: http://10.0.1.7:7070
    geventator_mongodb_uri: mongodb+srv://geventator:not-a-secret@cluster0.example.mongodb.net/
    geventator_syslog_destination: logs3.papertrailapp.com:12345
    geventator_token_keys: '{"keys": []}'
YAML
}
mkdir -p "$controller/work"
inventory user >"$controller/work/user.yml"
inventory event >"$controller/work/event.yml"
[[ ! -s $controller/root/.ssh/known_hosts ]] || { echo "known_hosts is not empty"; exit 1; }

converge() {
  chroot "$controller" env ANSIBLE_CONFIG=/repo/ansible/ansible.cfg ANSIBLE_FORCE_COLOR=0 \
    ansible-playbook -i "/work/$1.yml" --skip-tags daemon /repo/ansible/site.yml </dev/null | tee "$work/$2.log"
}
recap() { grep -E "^$1 +:" "$work/$2.log"; }

echo "== first run (new host key accepted, then everything installed)"
converge user run1
recap user run1 | grep -q 'failed=0' || { echo "first run failed"; exit 1; }
# Debian's ssh_config hashes known_hosts entries: look the host up the way ssh does.
ssh-keygen -F "[127.0.0.1]:$port" -f "$controller/root/.ssh/known_hosts" >/dev/null \
  || { echo "host key was not recorded"; exit 1; }
echo "the target's host key was accepted on first contact and recorded"
echo "== second run: must change nothing"
converge user run2
second=$(recap user run2)
if [[ ! $second =~ changed=0 || ! $second =~ failed=0 ]]; then
  echo "second run was not idempotent: $second"
  exit 1
fi

echo "== what the playbook left on the user host"
stat -c '%a %U:%G %n' "$target/etc/geventator" "$target/etc/geventator/geventator.env" \
  "$target/etc/geventator/token-keys.json" "$target/var/lib/geventator" \
  "$target/etc/systemd/system/geventator.service" "$target/etc/caddy/Caddyfile"
[[ $(stat -c '%a' "$target/etc/geventator/geventator.env") == 600 ]] || { echo "env file is not 0600"; exit 1; }
[[ $(stat -c '%u' "$target/var/lib/geventator") == 65532 ]] || { echo "data dir not owned by 65532"; exit 1; }
grep -q '^ROLE=user$' "$target/etc/geventator/geventator.env" || { echo "env file lacks ROLE=user"; exit 1; }
grep -q '^GEVENTATOR_TOKEN_KEYS_FILE=' "$target/etc/geventator/geventator.env" || { echo "user host lacks keys"; exit 1; }
grep -q -- '--publish 127.0.0.1:7070:7070' "$target/etc/systemd/system/geventator.service" \
  || { echo "7070 is not published on loopback"; exit 1; }
if grep -E -- '--publish (0\.0\.0\.0:)?7070' "$target/etc/systemd/system/geventator.service"; then
  echo "7070 is published on every address"
  exit 1
fi
grep -q 'Strict-Transport-Security' "$target/etc/caddy/Caddyfile" || { echo "Caddyfile has no HSTS"; exit 1; }
chroot "$target" dpkg-query -W docker.io caddy

echo "== third run as the event host: the private signing key must go"
converge event run3
recap event run3 | grep -q 'failed=0' || { echo "event run failed"; exit 1; }
[[ ! -e $target/etc/geventator/token-keys.json ]] || { echo "the event host kept the private key"; exit 1; }
if grep -q 'TOKEN_KEYS_FILE' "$target/etc/geventator/geventator.env"; then
  echo "the event host's env names a keys file"
  exit 1
fi
grep -q '^ROLE=event$' "$target/etc/geventator/geventator.env" || { echo "env file lacks ROLE=event"; exit 1; }
echo "converge passed: $(chroot "$controller" ansible --version </dev/null | head -n 1) against Debian 13," \
  "second run changed nothing"
