#!/usr/bin/env bash
# Fails when a C++ file does not follow .clang-format. Run with --fix to reformat in place.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core ui tests bench -name '*.cpp' -o -name '*.h')
[ ${#files[@]} -eq 0 ] && exit 0
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/routedesk-format.log; then
    grep -E '^[^ ].*: (error|warning):' /tmp/routedesk-format.log | cut -d: -f1 | sort -u | sed 's/^/format: /' >&2
    echo "check-format: the files above differ from .clang-format (scripts/check-format.sh --fix)" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files follow .clang-format"
