#!/usr/bin/env bash
# Set everything up and open the dashboard on the bundled articles (data/articles).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh requirements.txt
exec .venv/bin/streamlit run dashboard.py --server.address "${GEO_ADDRESS:-127.0.0.1}" \
     --server.port "${GEO_PORT:-8501}" --browser.gatherUsageStats false "$@"
