#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a loopback port (for the tests and the bench) and prints its URL.
# Usage: scripts/pg-test-cluster.sh [dir] [port]; stop with: scripts/pg-test-cluster.sh --stop [dir]
# Needs Debian's postgresql package (apt-get install -y postgresql); as root, the server runs as user postgres.
set -euo pipefail
if [ "${1:-}" = "--stop" ]; then
  dir=${2:-/tmp/assistant-pg}
else
  dir=${1:-/tmp/assistant-pg}
fi
port=${2:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "${1:-}" = "--stop" ]; then
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  exit 0
fi
if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
rm -rf "$dir" && mkdir -p "$dir"
[ "$(id -u)" = 0 ] && chown postgres: "$dir"
as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 >/dev/null
# Throwaway: no fsync, loopback only, a socket in its own folder; enough connections for parallel test files.
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
echo "postgres://postgres@127.0.0.1:$port/postgres"
