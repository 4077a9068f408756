#!/usr/bin/env bash
# Fails when a translation is missing or unfinished: refreshes copies of translations/*.ts from the sources
# with lupdate (so strings added in code but not yet in a .ts count as missing), then counts unfinished entries.
set -euo pipefail
src="${1:?source dir}"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in "$src"/translations/onramp_*.ts; do
    copy="$tmp/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent -locations none -no-obsolete "$src/aws" "$src/models" "$src/ui" "$src/app" -ts "$copy" >/dev/null 2>&1
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    total=$(grep -c '<message' "$copy" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "$(basename "$ts"): $unfinished of $total messages missing or unfinished:"
        grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -10 | sed 's/^/    /'
        status=1
    else
        echo "$(basename "$ts"): all $total messages translated"
    fi
done
[ "$status" -eq 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $status
