#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster for the team-mode tests: pgcluster.sh start|stop DIR.
# start: initdb into a fresh /tmp/onramp-pg.XXXXXX (as the postgres OS user when run as root: initdb refuses
# root), listen on a free port on 127.0.0.1 and on a socket there, and write DIR/cluster.info (key=value
# lines) for the tests and DIR/cluster.root for stop. Local socket connections are trusted (the superuser
# connects that way); TCP needs a password (scram-sha-256), which is how the console users log in.
# stop: stop the server, remove it and DIR. Never touches the system's own cluster.
# ONRAMP_PGCLUSTER_OPTIONS: more server options, after the tests' own (which they override), e.g. "-c fsync=on" for
# the benchmark (bench/e2e/run.py), which measures a server configured as for real use.
set -euo pipefail

action="${1:-}"
dir="${2:-}"
if [[ -z "$action" || -z "$dir" ]]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

pgbin="${ONRAMP_PG_BIN:-}"
if [[ -z "$pgbin" ]]; then
    pgbin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [[ -z "$pgbin" || ! -x "$pgbin/initdb" ]]; then
    echo "pgcluster: initdb not found (install Debian's postgresql package; scripts/setup-debian.sh does)" >&2
    exit 1
fi

# Runs a PostgreSQL tool as the cluster's owner.
as_owner() {
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    if [[ "$(id -u)" == 0 ]] && ! id postgres >/dev/null 2>&1; then
        echo "pgcluster: running as root but there is no postgres OS user to own the cluster" >&2
        exit 1
    fi
    if [[ -f "$dir/cluster.root" ]]; then
        # A previous run did not clean up: stop it before starting fresh.
        stop || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    # The cluster lives under a short /tmp path: the postgres user must be able to reach it (a build tree
    # under /root is not reachable) and a Unix socket path is limited to about 100 bytes.
    local root
    root="$(mktemp -d /tmp/onramp-pg.XXXXXX)"
    echo "$root" >"$dir/cluster.root"
    mkdir -p "$root/sock"
    if [[ "$(id -u)" == 0 ]]; then
        chown -R postgres: "$root"
    fi

    # A free port: bind to port 0 and read what the kernel chose (released again before postgres binds).
    local port
    port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

    if ! as_owner "$pgbin/initdb" -D "$root/data" -U postgres -E UTF8 --no-locale \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        exit 1
    fi
    if ! as_owner "$pgbin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
        -o "-p $port -k $root/sock -h 127.0.0.1 -c fsync=off -c max_connections=50 ${ONRAMP_PGCLUSTER_OPTIONS:-}" \
        start >/dev/null; then
        cat "$root/server.log" >&2 || true
        exit 1
    fi
    printf 'port=%s\nhost=127.0.0.1\nsocket_dir=%s\nsuperuser=postgres\n' "$port" "$root/sock" >"$dir/cluster.info.tmp"
    mv "$dir/cluster.info.tmp" "$dir/cluster.info"
    echo "pgcluster: PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, socket $root/sock"
}

stop() {
    local root
    root="$(cat "$dir/cluster.root" 2>/dev/null || true)"
    if [[ -n "$root" && -d "$root/data" ]]; then
        as_owner "$pgbin/pg_ctl" -D "$root/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    fi
    # Only ever delete what start created.
    if [[ "$root" == /tmp/onramp-pg.* ]]; then
        rm -rf "$root"
    fi
    rm -rf "$dir"
}

case "$action" in
start) start ;;
stop) stop ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
