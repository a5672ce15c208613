#!/usr/bin/env bash
# Proves the playbook's Caddy configuration with the real Caddy (Debian's package):
#   - renders ansible/roles/proxy/templates/Caddyfile.j2 with Ansible, once with a domain (automatic
#     certificates) and once without (internal CA), and runs `caddy validate` and `caddy adapt` on both;
#   - runs Caddy with the internal-CA file in front of the user role (target/geventator.jar, embedded database)
#     on loopback ports, then curl over HTTPS trusting only Caddy's internal root: /health/ready answers 200
#     with Strict-Transport-Security; without that root curl refuses the certificate; plain HTTP redirects.
#
#   src/deploy/proxy-check.sh          (after ./mvnw package)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
jar=$repo/target/geventator.jar
template=$repo/ansible/roles/proxy/templates/Caddyfile.j2
timeout=${PROXY_CHECK_TIMEOUT:-180}

fail() {
  echo "proxy check FAILED: $*" >&2
  exit 1
}
[[ -f $jar ]] || fail "$jar not found; run ./mvnw package first"
missing=()
command -v caddy >/dev/null || missing+=(caddy)
command -v ansible >/dev/null || missing+=(ansible-core)
command -v curl >/dev/null || missing+=(curl)
command -v jq >/dev/null || missing+=(jq)
if ((${#missing[@]} > 0)); then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi
caddy version

work=$(mktemp -d "${TMPDIR:-/tmp}/geventator-proxy.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p=$1
  while ! port_is_free "$p"; do p=$((p + 1)); done
  echo "$p"
}
app_port=$(free_port 17270)
http_port=$(free_port $((app_port + 1)))
https_port=$(free_port $((http_port + 1)))
admin_port=$(free_port $((https_port + 1)))

# The role's defaults first, then what this check changes: loopback ports and names.
render() {
  local dest=$1 overrides=$2
  ANSIBLE_LOCALHOST_WARNING=false ANSIBLE_INVENTORY_UNPARSED_WARNING=false \
    ansible localhost -c local -i localhost, -m ansible.builtin.template -a "src=$template dest=$dest" \
    -e "@$repo/ansible/roles/proxy/defaults/main.yml" -e "$overrides" >"$work/render.log" 2>&1 \
    || { cat "$work/render.log"; fail "the Caddyfile template did not render"; }
}
common=$(jq -cn --argjson h "$http_port" --argjson s "$https_port" --arg a "localhost:$admin_port" \
  --arg u "127.0.0.1:$app_port" \
  '{geventator_proxy_http_port: $h, geventator_proxy_https_port: $s, geventator_proxy_admin: $a,
    geventator_proxy_upstream: $u, geventator_proxy_names: ["localhost", "127.0.0.1"]}')

export HOME=$work/home XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config
mkdir -p "$HOME"

echo "== with a domain: automatic certificates (validated and adapted, not issued: no ACME from here)"
render "$work/Caddyfile.domain" "$(jq -c '. + {geventator_domain: "geventator.example.org",
  geventator_acme_email: "ops@example.org"}' <<<"$common")"
caddy validate --adapter caddyfile --config "$work/Caddyfile.domain" 2>"$work/validate-domain.log" \
  || { cat "$work/validate-domain.log"; fail "caddy validate refused the domain configuration"; }
caddy adapt --adapter caddyfile --config "$work/Caddyfile.domain" >"$work/domain.json" 2>/dev/null
jq -e '.apps.http.servers[] | .routes[] | .match[]?.host[]? | select(. == "geventator.example.org")' \
  "$work/domain.json" >/dev/null || fail "the domain site is missing"
jq -e '[.. | objects | select(.module? == "internal")] | length == 0' "$work/domain.json" >/dev/null \
  || fail "a domain configuration must not use the internal CA"
grep -q 'Strict-Transport-Security' "$work/domain.json" || fail "no HSTS header with a domain"
echo "domain configuration: valid, ACME (no internal issuer), HSTS"

echo "== without a domain: Caddy's internal CA"
render "$work/Caddyfile" "$common"
cat "$work/Caddyfile"
caddy validate --adapter caddyfile --config "$work/Caddyfile" 2>"$work/validate.log" \
  || { cat "$work/validate.log"; fail "caddy validate refused the internal-CA configuration"; }
caddy adapt --adapter caddyfile --config "$work/Caddyfile" >"$work/internal.json" 2>/dev/null
jq -e '[.. | objects | select(.module? == "internal")] | length > 0' "$work/internal.json" >/dev/null \
  || fail "no internal issuer without a domain"

echo "== the user role on 127.0.0.1:$app_port, Caddy on https $https_port / http $http_port"
mkdir -p "$work/app"
GEVENTATOR_HOST=127.0.0.1 GEVENTATOR_PORT=$app_port GEVENTATOR_DATA_DIR=$work/app \
  java -Xmx256m -jar "$jar" --role=user >"$work/app.log" 2>&1 &
pids+=("$!")
caddy run --adapter caddyfile --config "$work/Caddyfile" >"$work/caddy.log" 2>&1 &
pids+=("$!")

root_ca=$XDG_DATA_HOME/caddy/pki/authorities/local/root.crt
deadline=$((SECONDS + timeout))
status=000
while [[ $status != 200 ]]; do
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || { tail -n 20 "$work/app.log" "$work/caddy.log"; fail "a process exited"; }
  done
  ((SECONDS < deadline)) || { tail -n 20 "$work/app.log" "$work/caddy.log"; fail "not ready in ${timeout}s"; }
  sleep 1
  [[ -f $root_ca ]] || continue
  status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 --cacert "$root_ca" \
    "https://localhost:$https_port/health/ready" || true)
done

curl -sS -D "$work/headers" -o "$work/body" --cacert "$root_ca" -H 'X-Request-Id: proxy-check-1' \
  "https://localhost:$https_port/health/ready"
cat "$work/headers" "$work/body"
echo
grep -qi '^strict-transport-security: max-age=31536000' "$work/headers" || fail "no HSTS header"
grep -qi '^x-request-id: proxy-check-1' "$work/headers" || fail "the role's X-Request-Id did not come through"
openssl_issuer=$(curl -sS -v -o /dev/null --cacert "$root_ca" "https://127.0.0.1:$https_port/health/live" 2>&1 \
  | grep -i 'issuer:' || true)
echo "certificate ${openssl_issuer# }"

set +e
curl -sS -o /dev/null --max-time 5 "https://localhost:$https_port/health/ready" 2>"$work/untrusted.err"
untrusted=$?
set -e
echo "without Caddy's root: curl exit $untrusted ($(head -n 1 "$work/untrusted.err"))"
((untrusted == 60)) || fail "curl accepted the certificate without the internal root (exit $untrusted)"

redirect=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://localhost:$http_port/health/ready")
echo "plain HTTP: $redirect"
[[ $redirect == 308\ https://localhost* ]] || fail "plain HTTP is not redirected to HTTPS"

echo "proxy check passed: caddy validate/adapt with and without a domain; HTTPS to the role via the internal CA"
