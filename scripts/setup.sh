#!/usr/bin/env bash
# Installs every Debian package RouteDesk needs to build, run, test and benchmark. Idempotent: installs only
# what is missing, so running it again costs a second. Needs root (uses sudo when not root).
set -euo pipefail

packages=(
    # build
    cmake g++ make pkg-config ccache
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libqt6sql6-sqlite libqt6sql6-psql nlohmann-json3-dev
    # run the desktop app
    qt6-qpa-plugins libqt6svg6 fonts-dejavu-core
    # tests: servers, formatting check, offscreen and Xvfb screenshots
    postgresql clang-format curl xvfb xauth
    request-tracker5 rt5-standalone rt5-db-sqlite
    # benchmarks: the scikit-learn baseline
    python3 python3-sklearn python3-numpy python3-scipy
)

# Every icon is SVG: without Qt's SVG plugins (libqt6svg6) the flags, toolbar and tabs draw nothing. Checked after
# the install, so a machine that has the package list but not the files says so instead of showing blank icons.
check_svg_plugins() {
    local plugins
    plugins=$(qtpaths6 --plugin-dir 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/plugins)
    for plugin in imageformats/libqsvg.so iconengines/libqsvgicon.so; do
        if [ ! -e "$plugins/$plugin" ]; then
            echo "setup: Qt's SVG plugin $plugins/$plugin is missing (package libqt6svg6); icons would be blank" >&2
            exit 1
        fi
    done
}

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    check_svg_plugins
    echo "setup: every package is installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
# The Debian cluster is not needed: tests start their own throw-away server.
check_svg_plugins
echo "setup: done"
