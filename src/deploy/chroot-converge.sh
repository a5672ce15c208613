#!/usr/bin/env bash
# Proves ansible/site.yml converges on a real Debian root: debootstraps Debian 12 (once), runs the playbook
# into it through Ansible's chroot connection, skipping the tasks tagged `daemon` (a chroot runs no Docker
# daemon and no systemd), runs it again and fails unless the second run changes nothing. Needs root.
#
#   src/deploy/chroot-converge.sh [ROOT_DIR]     ROOT_DIR defaults to /var/tmp/geventator-chroot
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
root=${1:-/var/tmp/geventator-chroot}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [[ ! -x $root/usr/bin/python3 ]]; then
  echo "== debootstrap Debian bookworm into $root"
  debootstrap --variant=minbase --include=python3,python3-apt,ca-certificates bookworm "$root" "$mirror"
fi

# Package scripts must not try to start services inside the chroot.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 0755 "$root/usr/sbin/policy-rc.d"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT

work=$(mktemp -d)
trap 'umount "$root/proc" 2>/dev/null || true; rm -rf "$work"' EXIT
cat >"$work/inventory.yml" <<YAML
geventator:
  hosts:
    user:
      ansible_connection: chroot
      ansible_host: $root
      ansible_become: false
  vars:
    geventator_urls:
      user: http://10.0.1.5:7070
      event: http://10.0.1.6:7070
      transaction: http://10.0.1.7:7070
    geventator_mongodb_uri: mongodb+srv://geventator:not-a-secret@cluster0.example.mongodb.net/
    geventator_syslog_destination: logs3.papertrailapp.com:12345
    geventator_token_keys: '{"keys": []}'
YAML

converge() {
  ANSIBLE_CONFIG=$repo/ansible/ansible.cfg ansible-playbook -i "$work/inventory.yml" --skip-tags daemon \
    "$repo/ansible/site.yml" | tee "$work/run$1.log"
}

echo "== first run"
converge 1
echo "== second run: must change nothing"
converge 2
recap=$(grep -E '^user +:' "$work/run2.log")
if [[ ! $recap =~ changed=0 || ! $recap =~ failed=0 ]]; then
  echo "second run was not idempotent: $recap"
  exit 1
fi

echo "== what the playbook left in the root"
stat -c '%a %U:%G %n' "$root/etc/geventator" "$root/etc/geventator/geventator.env" \
  "$root/etc/geventator/token-keys.json" "$root/var/lib/geventator" "$root/etc/systemd/system/geventator.service"
[[ $(stat -c '%a' "$root/etc/geventator/geventator.env") == 600 ]] || { echo "env file is not 0600"; exit 1; }
grep -q '^ROLE=user$' "$root/etc/geventator/geventator.env" || { echo "env file lacks ROLE=user"; exit 1; }
chroot "$root" dpkg-query -W docker.io
echo "chroot converge passed: second run changed nothing"
