#!/usr/bin/env bash
# Fails when a tracked C++ file is not formatted as .clang-format says (clang-format from Debian, version 14).
# `bash scripts/check-format.sh --fix` formats them instead.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || bash scripts/setup-debian.sh >/dev/null
mapfile -t files < <(git ls-files --cached --others --exclude-standard 'aws/*.cpp' 'aws/*.h' 'models/*.cpp' 'models/*.h' 'ui/*.cpp' 'ui/*.h' 'app/*.cpp' \
    'app/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h')
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
if clang-format --dry-run --Werror "${files[@]}" 2>/tmp/onramp-format.$$; then
    echo "check-format: ${#files[@]} files formatted as .clang-format says"
    rm -f /tmp/onramp-format.$$
else
    { grep -E '(error|warning):' /tmp/onramp-format.$$ || cat /tmp/onramp-format.$$; } | cut -d: -f1 | sort | uniq -c |
        sed 's/^/    /'
    rm -f /tmp/onramp-format.$$
    echo "check-format: the files above are not formatted; run: bash scripts/check-format.sh --fix" >&2
    exit 1
fi
