#!/usr/bin/env bash
# `npm test`: the whole suite — unit, integration on SQLite, integration on PostgreSQL (a throwaway
# cluster from Debian's binaries unless PG_TEST_URL is given), then browser tests in Chromium on a
# production build. Ends with one line "N passed, N failed". A part that cannot run counts as a
# failure and says why; nothing is skipped silently.
set -uo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1 NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PRISMA_HIDE_UPDATE_MESSAGE=1
REPORTS=.reports
rm -rf "$REPORTS" && mkdir -p "$REPORTS"

say() { printf '\n\033[1m▶ %s\033[0m\n' "$*"; }

# 1. npm packages
if [ ! -x node_modules/.bin/vitest ] || [ ! -x node_modules/.bin/next ]; then
  say "npm install"
  npm install --no-fund --no-audit || { echo "npm install failed"; echo "0 passed, 1 failed"; exit 1; }
fi

# 2. machine packages: Chromium for the browser tests, PostgreSQL for the second database, poppler for PDFs
need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
[ -n "${PG_TEST_URL:-}" ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    say "apt-get install ${need[*]}"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}") \
      || { echo "apt-get install failed"; echo "0 passed, 1 failed"; exit 1; }
  else
    echo "Missing system packages. Run, then try again:"
    echo "  sudo apt-get update && sudo apt-get install -y ${need[*]}"
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

# 3. Prisma clients for both providers
say "prisma generate"
npm run -s db:generate >/dev/null || { echo "prisma generate failed"; echo "0 passed, 1 failed"; exit 1; }

# 4. lint (format, lint rules, dependency rules, line length): a failure counts as one failed test
say "lint"
if npm run -s lint >"$REPORTS/lint.log" 2>&1; then
  echo '{"passed":true}' >"$REPORTS/lint.json"
  echo "lint passed"
else
  tail -n 60 "$REPORTS/lint.log"
  echo '{"passed":false}' >"$REPORTS/lint.json"
  echo "lint failed (whole log: $REPORTS/lint.log)"
fi

# 5. PostgreSQL
PG_DIR=""
cleanup() { [ -n "$PG_DIR" ] && scripts/pg-cluster.sh stop "$PG_DIR"; }
trap cleanup EXIT
if [ -z "${PG_TEST_URL:-}" ]; then
  say "throwaway PostgreSQL cluster"
  PG_DIR=$(mktemp -d /tmp/sbb-pg.XXXXXX)
  port=$((55000 + RANDOM % 4000))
  if ! PG_TEST_URL=$(scripts/pg-cluster.sh start "$PG_DIR" "$port"); then
    echo "Could not start PostgreSQL: the PostgreSQL part of the suite cannot run."
    PG_TEST_URL=""
  fi
fi

failures_outside=0
run_vitest() { # name, project, extra env…
  local name=$1 project=$2; shift 2
  say "vitest: $name"
  env "$@" node_modules/.bin/vitest run --project "$project" --reporter=default --reporter=json --outputFile="$REPORTS/$name.json"
}

run_vitest unit unit
run_vitest integration-sqlite integration
if [ -n "${PG_TEST_URL:-}" ]; then
  run_vitest integration-postgres integration TEST_DATABASE_URL="$PG_TEST_URL"
fi

# Its own build folder, database file and port, so a developer's server or build cannot disturb it.
export NEXT_DIST_DIR=.next-e2e E2E_DB=data/e2e-suite.db E2E_PORT=${E2E_PORT:-3211} E2E_OUTPUT=.reports/e2e-artifacts
say "next build"
if node_modules/.bin/next build >"$REPORTS/build.log" 2>&1; then
  say "playwright (Chromium)"
  node_modules/.bin/playwright test
else
  cat "$REPORTS/build.log"
  echo "next build failed: the browser tests cannot run."
fi

node scripts/test-summary.mjs "$REPORTS"
