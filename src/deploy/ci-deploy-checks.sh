#!/usr/bin/env bash
# The deployment checks CI runs after the Maven build (target/geventator.jar and geventator-production.jar):
#   Ansible syntax, ansible-lint (production profile), yamllint, shellcheck on every script, vagrant validate,
#   the Vagrantfile's AWS branch evaluated with a stand-in for the plugin, docker-compose config, a Dockerfile
#   linter, the image built with buildah and run (image-check.sh), Caddy in front of a role over HTTPS
#   (proxy-check.sh), and the playbook converged by ansible-core 2.19 on Debian 13 (chroot-converge.sh).
# Installs what it needs from Debian's packages (and the Dockerfile linter from npm) when missing.
# Runs every check even after one fails; exits non-zero if any failed.
#
#   src/deploy/ci-deploy-checks.sh
#
# GEVENTATOR_CHROOT_CHECK=1 adds src/deploy/chroot-converge.sh and GEVENTATOR_IMAGE_CHECK=1 adds
# src/deploy/image-check.sh (debootstrap and buildah: minutes each and some hundred MB of packages); .ci/run
# sets both. Each check's duration is printed after it and in the summary.
set -uo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo" || exit 1

# Hadolint is not packaged by Debian 12 and its npm wrappers download a binary from GitHub, which CI cannot
# reach; dockerfile-utils (the linter behind the Docker language server) is plain JavaScript on npm.
dockerfile_utils_version=0.16.3
tools_dir=${XDG_CACHE_HOME:-$HOME/.cache}/geventator-ci

install_debian_packages() {
  local -A package_of=(
    [ansible-playbook]=ansible-core [ansible-lint]=ansible-lint [yamllint]=yamllint [shellcheck]=shellcheck
    [vagrant]=vagrant [docker-compose]=docker-compose [curl]=curl [npm]=npm [debootstrap]=debootstrap
    [caddy]=caddy [jq]=jq [buildah]=buildah
  )
  local wanted=(ansible-playbook ansible-lint yamllint shellcheck vagrant docker-compose curl caddy jq)
  command -v npm >/dev/null || wanted+=(npm)
  [[ ${GEVENTATOR_CHROOT_CHECK:-0} == 1 || ${GEVENTATOR_IMAGE_CHECK:-0} == 1 ]] && wanted+=(debootstrap)
  [[ ${GEVENTATOR_IMAGE_CHECK:-0} == 1 ]] && wanted+=(buildah)
  local missing=()
  for tool in "${wanted[@]}"; do
    command -v "$tool" >/dev/null || missing+=("${package_of[$tool]}")
  done
  if ((${#missing[@]} > 0)); then
    echo "== installing from Debian: ${missing[*]}"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  fi
}

install_dockerfile_linter() {
  if [[ ! -x $tools_dir/node_modules/.bin/dockerfile-utils ]]; then
    echo "== installing dockerfile-utils $dockerfile_utils_version from npm"
    npm install --silent --no-audit --no-fund --prefix "$tools_dir" "dockerfile-utils@$dockerfile_utils_version"
  fi
}

passed=0
failed=0
failures=()
timings=()
check() {
  local name=$1 started=$SECONDS
  shift
  echo
  echo "== $name: $*"
  if "$@"; then
    echo "-- $name: ok ($((SECONDS - started)) s)"
    passed=$((passed + 1))
    timings+=("$(printf '%-20s ok     %4d s' "$name" $((SECONDS - started)))")
  else
    echo "-- $name: FAILED ($((SECONDS - started)) s)"
    failed=$((failed + 1))
    failures+=("$name")
    timings+=("$(printf '%-20s FAILED %4d s' "$name" $((SECONDS - started)))")
  fi
}

scripts() {
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files '*.sh'
  else
    find . -name '*.sh' -not -path '*/target/*' -not -path './.git/*'
  fi
  [[ -f .ci/run ]] && echo .ci/run
}

install_debian_packages || { echo "could not install the tools"; exit 1; }
install_dockerfile_linter || echo "could not install dockerfile-utils; its check will fail"

mapfile -t shell_scripts < <(scripts)

check ansible-syntax ansible-playbook --syntax-check -i ansible/inventory.example.yml ansible/site.yml
check ansible-lint ansible-lint --offline --nocolor ansible/
check yamllint yamllint --strict .
check shellcheck shellcheck --external-sources "${shell_scripts[@]}"
check vagrant-validate vagrant validate
check vagrant-aws-branch ruby src/deploy/vagrantfile-aws-check.rb
check compose-config docker-compose --file compose.yaml config --quiet
check dockerfile-lint "$tools_dir/node_modules/.bin/dockerfile-utils" lint Dockerfile
check proxy src/deploy/proxy-check.sh
if [[ ${GEVENTATOR_IMAGE_CHECK:-0} == 1 ]]; then
  check image src/deploy/image-check.sh
fi
if [[ ${GEVENTATOR_CHROOT_CHECK:-0} == 1 ]]; then
  check converge-trixie src/deploy/chroot-converge.sh
fi

echo
printf '%s\n' "${timings[@]}"
((failed > 0)) && echo "failed: ${failures[*]}"
echo "checks: $passed passed, $failed failed"
((failed == 0))
