#!/usr/bin/env bash
# One run of the speed table of issue 14: classify, route and train, each against scikit-learn (Debian's
# python3-sklearn). Needs a build (scripts/build.sh) and BANKING77 at ../shared/data/banking77_train.csv.
# Extra arguments go to bench/pipeline/bench_vs_sklearn.py (--texts N, --tickets N, --keep).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${ROUTEDESK_BUILD_DIR:-build}
data=${ROUTEDESK_BANKING77:-../shared/data/banking77_train.csv}
if [[ ! -f "$data" ]]; then
    echo "bench-vs-sklearn.sh: $data not found (BANKING77 is read from ../shared/data, never copied here)" >&2
    exit 2
fi
if [[ ! -x "$build_dir/bin/routedesk-cli" ]]; then
    echo "bench-vs-sklearn.sh: $build_dir/bin/routedesk-cli not built (scripts/build.sh)" >&2
    exit 2
fi
python=/usr/bin/python3
[[ -x $python ]] || python=python3
exec "$python" bench/pipeline/bench_vs_sklearn.py --cli "$build_dir/bin/routedesk-cli" --root . --data "$data" "$@"
