#!/usr/bin/env bash
# `npm test`: every test. The fast checks first (about a minute together with cold caches: a broken workflow or
# script, a lint finding, unformatted code, an unused file, export or dependency, or a type error fails before
# minutes of building), then the unit tests, then a production build of the sample content and the end-to-end tests
# against it in Chromium; last, the unit tests and the build again on Node 24 LTS (scripts/node24.sh) when the whole
# suite runs.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run lint:ci
npm run lint
npm run format:check
npm run knip
npm run typecheck
bash scripts/ensure-chromium.sh
npx vitest run
SITE_URL="http://localhost:${E2E_PORT:-3100}" npm run build
npx playwright test "$@"
if [[ $# -eq 0 ]]; then bash scripts/node24.sh; fi
