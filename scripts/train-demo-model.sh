#!/usr/bin/env bash
# Retrains the shipped demo model from the demo history with a fixed seed:
#   resources/demo/history.jsonl -> resources/demo/model.json
# Run it whenever the history or the classifier changes; tests/cli/test_cli checks that the shipped model equals
# a fresh run, so a stale model fails the test suite. Uses build/bin/routedesk-cli (or $ROUTEDESK_CLI).
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${ROUTEDESK_CLI:-${ROUTEDESK_BUILD_DIR:-build}/bin/routedesk-cli}
if [ ! -x "$cli" ]; then
    echo "train-demo-model: $cli not found; build first (scripts/build.sh) or set ROUTEDESK_CLI" >&2
    exit 1
fi
"$cli" train --input resources/demo/history.jsonl --model-out resources/demo/model.json \
    --label-column category --seed 1 --folds 5 --target-accuracy 0.90 \
    --workspace resources/demo/workspace.json
