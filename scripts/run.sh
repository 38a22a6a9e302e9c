#!/usr/bin/env bash
# Set everything up and open the dashboard on the bundled articles (data/articles).
# GEO_ADDRESS / GEO_PORT: where it listens (default 127.0.0.1:8501). GEO_HOSTS: the host names a
# hosted page is reached under (comma-separated, e.g. geo.example.org), added to the local ones
# in server.allowedHosts (.streamlit/config.toml); no other Host may open a session.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh requirements.txt
hosts=()
if [ -n "${GEO_HOSTS:-}" ]; then
  set -f  # host patterns such as *.example.org are not file names
  for h in localhost 127.0.0.1 ::1 '*.streamlit.app' ${GEO_HOSTS//,/ }; do hosts+=(--server.allowedHosts "$h"); done
fi
exec .venv/bin/streamlit run dashboard.py --server.address "${GEO_ADDRESS:-127.0.0.1}" \
     --server.port "${GEO_PORT:-8501}" --browser.gatherUsageStats false "${hosts[@]}" "$@"
