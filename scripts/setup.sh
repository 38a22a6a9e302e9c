#!/usr/bin/env bash
# Create .venv (if needed) and install the pinned requirements into it.
# Usage: bash scripts/setup.sh [requirements file]   (default: requirements.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
req="${1:-requirements.txt}"
py="${PYTHON:-python3}"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

if [ ! -x .venv/bin/python ]; then
  if ! "$py" -m venv .venv 2>/dev/null; then
    # Debian ships venv separately
    echo "setup: installing python3-venv (Debian)" >&2
    rm -rf .venv
    as_root apt-get update -qq && as_root apt-get install -y -qq python3-venv >/dev/null
    "$py" -m venv .venv
  fi
fi
stamp=".venv/.installed-$(cat "$req" requirements.txt 2>/dev/null | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -r "$req"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
# the gazetteer index (~25 s the first time, then cached): built here, not at the first page load
.venv/bin/python -m geo gazetteer info >/dev/null
