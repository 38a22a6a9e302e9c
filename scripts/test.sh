#!/usr/bin/env bash
# Set everything up (virtual environment, pinned packages, Debian's headless Chromium for the
# browser tests, nginx for the proxy configuration's test) and run the whole test suite.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh requirements-dev.txt

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)          # the browser tests
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)  # the shipped proxy configuration
if [ ${#need[@]} -gt 0 ]; then
  echo "test: installing Debian's ${need[*]} for the tests" >&2
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null \
    || echo "test: could not install ${need[*]}; the tests that need them will be skipped" >&2
fi
exec .venv/bin/python -m pytest "$@"
