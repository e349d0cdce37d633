#!/usr/bin/env bash
# Configures and builds RouteDesk into build/ (or $ROUTEDESK_BUILD_DIR). Pass --sanitize for ASan+UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${ROUTEDESK_BUILD_DIR:-build}
sanitize=OFF
for arg in "$@"; do
    case "$arg" in
        --sanitize) sanitize=ON; build_dir=${ROUTEDESK_BUILD_DIR:-build-sanitize} ;;
        *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done
# A compiler cache when there is one (setup.sh installs ccache): a rebuild after switching branches is mostly hits.
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROUTEDESK_SANITIZE=$sanitize "${launcher[@]}" >/dev/null
cmake --build "$build_dir" -j"${ROUTEDESK_JOBS:-2}"
