#!/bin/sh
# Starts the executable $1 (with the rest as its arguments) and checks that, while it runs, it is not dumpable and
# its core file size limit is 0, soft and hard (disableCoreDumps()). /proc/PID/ files of a non-dumpable process
# belong to root; as root the program runs as nobody, so that only its own prctl can make them root's.
set -u
exe=$1
shift
hard=$(ulimit -H -c)
if [ "$hard" = 0 ]; then
    echo "the core file size hard limit is 0 here already: nothing to observe"
    exit 77
fi
ulimit -S -c "$hard" # a soft limit above 0 to start with: 0 0 can only come from the program
home=$(mktemp -d)
chmod 777 "$home"
trap 'rm -rf "$home"' EXIT
if [ "$(id -u)" = 0 ]; then
    command -v setpriv >/dev/null || { echo "root without setpriv (util-linux)"; exit 77; }
    HOME=$home setpriv --reuid=65534 --regid=65534 --clear-groups -- "$exe" "$@" &
else
    HOME=$home "$exe" "$@" &
fi
pid=$!
limit=""
i=0
while [ $i -lt 200 ]; do
    limit=$(sed -n 's/^Max core file size *\([^ ]*\) *\([^ ]*\).*/\1 \2/p' /proc/$pid/limits 2>/dev/null)
    [ "$limit" = "0 0" ] && break
    i=$((i + 1))
    sleep 0.05
done
owner=$(stat -c %u /proc/$pid/environ 2>/dev/null)
kill $pid 2>/dev/null
wait $pid 2>/dev/null
echo "core file size limit: $limit; owner of /proc/$pid/environ: $owner"
[ "$limit" = "0 0" ] || { echo "FAIL: the core file size limit is not 0 0"; exit 1; }
[ "$owner" = 0 ] || { echo "FAIL: the process is dumpable"; exit 1; }
echo "ok"
