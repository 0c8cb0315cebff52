#!/usr/bin/env bash
# Starts a throw-away PostgreSQL for the competition server's tests, on loopback only, and prints its DATABASE_URL
# on stdout (everything else goes to stderr). Idempotent: a second run finds the cluster running and just prints
# the URL again. Installs Debian's postgresql when missing (root only).
#
#   export DATABASE_URL="$(bash scripts/ensure-postgres.sh)"
#   bash scripts/ensure-postgres.sh --stop      # stop the cluster (data stays for the next start)
#
# Settings (environment): WELDTWIN_PG_DIR (default /tmp/weldtwin-pg), WELDTWIN_PG_PORT (default 55432).
set -euo pipefail

PGDIR="${WELDTWIN_PG_DIR:-/tmp/weldtwin-pg}"
PORT="${WELDTWIN_PG_PORT:-55432}"
DB_USER=weldtwin
DB_PASS=weldtwin
DB_NAME=weldtwin
URL="postgres://${DB_USER}:${DB_PASS}@127.0.0.1:${PORT}/${DB_NAME}"

log() { echo "ensure-postgres: $*" >&2; }

find_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
      echo "$d"
      return 0
    fi
  done
  return 1
}

BINDIR="$(find_bindir || true)"
if [ -z "$BINDIR" ]; then
  if [ "$(id -u)" != 0 ]; then
    log "PostgreSQL is not installed and this user is not root; run: sudo apt-get install -y postgresql"
    exit 1
  fi
  log "installing Debian postgresql (apt-get install -y postgresql)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  BINDIR="$(find_bindir)"
fi

# The server processes run as the postgres user when we are root (initdb refuses to run as root).
if [ "$(id -u)" = 0 ]; then
  RUNAS=(runuser -u postgres --)
  OWNER=postgres
else
  RUNAS=()
  OWNER="$(id -un)"
fi
as_owner() { "${RUNAS[@]}" "$@"; }

SOCKDIR="$PGDIR/socket"
DATA="$PGDIR/data"

if [ "${1:-}" = "--stop" ]; then
  if [ -f "$DATA/postmaster.pid" ]; then as_owner "$BINDIR/pg_ctl" -D "$DATA" -m fast -w stop >&2 || true; fi
  exit 0
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
  log "initialising a cluster in $DATA"
  mkdir -p "$PGDIR"
  chmod 700 "$PGDIR"
  [ "$(id -u)" = 0 ] && chown "$OWNER" "$PGDIR"
  as_owner mkdir -p "$DATA" "$SOCKDIR"
  pwfile="$(as_owner mktemp "$PGDIR/pw.XXXXXX")"
  as_owner sh -c "printf '%s\n' '$DB_PASS' > '$pwfile'"
  as_owner "$BINDIR/initdb" -D "$DATA" -U postgres --pwfile="$pwfile" -A scram-sha-256 --auth-local=trust \
    -E UTF8 --locale=C.UTF-8 >&2
  rm -f "$pwfile"
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $PORT"
    echo "unix_socket_directories = '$SOCKDIR'"
    echo "max_connections = 200"
    echo "shared_buffers = 128MB"
    # fsync and synchronous_commit stay on: the durability tests kill servers and count acknowledged rows.
  } | as_owner tee -a "$DATA/postgresql.conf" >/dev/null
fi
as_owner mkdir -p "$SOCKDIR"

if ! as_owner "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  log "starting PostgreSQL on 127.0.0.1:$PORT"
  rm -f "$DATA/postmaster.pid"
  as_owner "$BINDIR/pg_ctl" -D "$DATA" -l "$PGDIR/server.log" -w -t 60 start >&2
fi

psql_admin() { as_owner "$BINDIR/psql" -h "$SOCKDIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != 1 ]; then
  psql_admin -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASS'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]; then
  psql_admin -c "CREATE DATABASE $DB_NAME OWNER $DB_USER" >&2
fi

echo "$URL"
