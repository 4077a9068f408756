#!/bin/sh
# Starts the onramp executable ($1) with AWS_ENDPOINT_URL in plain http:// to another computer: it must refuse at
# start with exit code 2 and a message that names the setting (and open no window).
out=$(AWS_ENDPOINT_URL=http://sts.example.com/ "$1" --quit-after 3000 2>&1)
rc=$?
printf '%s\nexit code %s\n' "$out" "$rc"
[ "$rc" -eq 2 ] || { echo "expected exit code 2"; exit 1; }
printf '%s' "$out" | grep -q 'AWS_ENDPOINT_URL=http://sts.example.com/ is refused' || { echo "no refusal message"; exit 1; }
