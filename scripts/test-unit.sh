#!/usr/bin/env bash
# Unit and integration tests (Vitest). The competition server's store suite runs against SQLite and against a real
# PostgreSQL on loopback, which this script installs (Debian package, root only) and starts when needed.
set -euo pipefail
cd "$(dirname "$0")/.."
# Some Vitest suites drive Debian Chromium (IndexedDB attempt store): install it first when missing.
node scripts/ensure-chromium.mjs
if [ -z "${WELDTWIN_TEST_DATABASE_URL:-}" ]; then
  WELDTWIN_TEST_DATABASE_URL="$(bash scripts/ensure-postgres.sh)"
  export WELDTWIN_TEST_DATABASE_URL
fi
export WELDTWIN_REQUIRE_PG=1
exec node node_modules/vitest/vitest.mjs run "$@"
