#!/usr/bin/env bash
# Set everything up and open the dashboard on the bundled articles (data/articles).
# Until the dashboard lands, this prints the places found in the bundled articles.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh requirements.txt
if [ -f dashboard.py ]; then
  exec .venv/bin/streamlit run dashboard.py --server.address "${GEO_ADDRESS:-127.0.0.1}" \
       --server.port "${GEO_PORT:-8501}" --browser.gatherUsageStats false "$@"
fi
echo "The dashboard is not built yet; places found in data/articles:" >&2
exec .venv/bin/python -m geo places data/articles "$@"
