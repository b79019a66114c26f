#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server (Debian's package), e.g.
#   scripts/with-postgres.sh npm test
#   REMIT_PG_BIN=/usr/lib/postgresql/15/bin scripts/with-postgres.sh npm test   # a given version
# The server lives in a temporary directory and is removed afterwards. REMIT_TEST_DATABASE_URL
# points the test suite at it (instead of the embedded server `npm test` starts by default).
set -euo pipefail
PGBIN=${REMIT_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
if [ -z "$PGBIN" ]; then
  echo "PostgreSQL server not installed: apt-get install -y postgresql" >&2
  exit 1
fi
PORT=${REMIT_TEST_PG_PORT:-55432}
DIR=$(mktemp -d /tmp/remit-pg-XXXXXX)
RUN=()
if [ "$(id -u)" = 0 ]; then
  # initdb refuses to run as root.
  chown postgres:postgres "$DIR"
  RUN=(runuser -u postgres --)
fi
"${RUN[@]}" "$PGBIN/initdb" -D "$DIR/data" -A trust -U remit >/dev/null
"${RUN[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off" start >/dev/null
cleanup() {
  "${RUN[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT
export REMIT_TEST_DATABASE_URL="postgresql://remit@127.0.0.1:$PORT/postgres"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on port $PORT"
"$@"
