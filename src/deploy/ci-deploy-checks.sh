#!/usr/bin/env bash
# The deployment checks CI runs after the Maven build (target/geventator.jar must exist):
#   Ansible syntax, ansible-lint (production profile), yamllint, shellcheck on every script, vagrant validate,
#   the Vagrantfile's AWS branch evaluated with a stand-in for the plugin, docker-compose config, a Dockerfile
#   linter, and the jlink runtime check.
# Installs what it needs from Debian's packages (and the Dockerfile linter from npm) when missing.
# Runs every check even after one fails; exits non-zero if any failed.
#
#   src/deploy/ci-deploy-checks.sh
#
# GEVENTATOR_CHROOT_CHECK=1 adds src/deploy/chroot-converge.sh (debootstrap; minutes and ~400 MB of packages).
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
  )
  local wanted=(ansible-playbook ansible-lint yamllint shellcheck vagrant docker-compose curl)
  command -v npm >/dev/null || wanted+=(npm)
  [[ ${GEVENTATOR_CHROOT_CHECK:-0} == 1 ]] && wanted+=(debootstrap)
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
check() {
  local name=$1
  shift
  echo
  echo "== $name: $*"
  if "$@"; then
    echo "-- $name: ok"
    passed=$((passed + 1))
  else
    echo "-- $name: FAILED"
    failed=$((failed + 1))
    failures+=("$name")
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
check jlink-runtime src/deploy/jlink-runtime.sh target/geventator.jar
if [[ ${GEVENTATOR_CHROOT_CHECK:-0} == 1 ]]; then
  check chroot-converge src/deploy/chroot-converge.sh
fi

echo
((failed > 0)) && echo "failed: ${failures[*]}"
echo "checks: $passed passed, $failed failed"
((failed == 0))
