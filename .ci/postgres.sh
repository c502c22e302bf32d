#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the tests and print its URL (for MEDGATE_TEST_PG_URL).
#   eval "$(bash .ci/postgres.sh)"      # exports MEDGATE_TEST_PG_URL
# Installs Debian's postgresql package when it is missing, runs the cluster as the postgres user
# under a temporary directory on a free port (nothing system-wide is touched), and stops it when
# the given parent process ($1, default: the caller) exits.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
dir=$(mktemp -d /tmp/medgate-pg.XXXXXX)
chown postgres "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi; }
as_pg "$bin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres medgate_test
watch=${1:-$PPID}
# Stop the server once the caller is gone (CI's shell, a developer's terminal).
nohup bash -c "while kill -0 $watch 2>/dev/null; do sleep 2; done; runuser -u postgres -- $bin/pg_ctl -D $dir/data -m fast stop; rm -rf $dir" >/dev/null 2>&1 &
echo "export MEDGATE_TEST_PG_URL=postgresql://postgres@127.0.0.1:$port/medgate_test"
