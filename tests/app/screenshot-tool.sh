#!/bin/sh
# The screenshot tool ($2) builds the app's main window over a fresh registry and saves a scene as a PNG; the app
# ($1) itself has no --screenshot option any more.
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT
export ONRAMP_DB="$work/onramp.sqlite" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

out=$("$1" --screenshot "$work/app.png" --quit-after 300 2>&1)
rc=$?
printf 'onramp --screenshot: %s (exit code %s)\n' "$out" "$rc"
[ "$rc" -ne 0 ] && [ ! -e "$work/app.png" ] || { echo "onramp accepted --screenshot"; exit 1; }

"$2" --scene nonsense "$work/x.png" >/dev/null 2>&1
[ $? -eq 2 ] || { echo "an unknown scene was not refused with exit code 2"; exit 1; }

"$2" --scene main --timeout-ms 20000 "$work/main.png"
rc=$?
[ "$rc" -eq 0 ] || { echo "onramp-screenshots exited with $rc"; exit 1; }
[ "$(head -c 8 "$work/main.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || { echo "no PNG written"; exit 1; }
echo "main scene saved: $(wc -c <"$work/main.png") bytes"
