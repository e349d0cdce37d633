#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite against real servers it starts on loopback
# (PostgreSQL and Request Tracker), then stops them. Options: --sanitize (ASan+UBSan build),
# and anything after -- goes to ctest (for example: -- -R store).
set -euo pipefail
cd "$(dirname "$0")/.."

build_args=()
ctest_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --sanitize) build_args+=(--sanitize); export ROUTEDESK_BUILD_DIR=build-sanitize ;;
        --) shift; ctest_args=("$@"); break ;;
        *) echo "test.sh: unknown option $1 (try --sanitize, or -- <ctest options>)" >&2; exit 2 ;;
    esac
    shift
done

scripts/setup.sh
scripts/build.sh "${build_args[@]}"
scripts/check-format.sh

source scripts/lib/servers.sh
trap stop_servers EXIT
start_postgres
start_rt
# The servers are promised: a test that finds one missing fails instead of skipping.
export ROUTEDESK_REQUIRE_SERVERS=1

ctest --test-dir "${ROUTEDESK_BUILD_DIR:-build}" --output-on-failure -j2 -LE bench "${ctest_args[@]}"
