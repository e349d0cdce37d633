#!/usr/bin/env bash
# Sets up, builds and launches RouteDesk on its demo workspace (with its own demo store, so your own
# settings and decisions are left alone). Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec build/bin/routedesk --demo "$@"
