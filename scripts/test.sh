#!/usr/bin/env bash
# `npm test`: every test. The workflow and shell lint first (seconds: a broken workflow or script fails before
# minutes of building), then the unit tests, then a production build of the sample content and the end-to-end
# tests against it in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run lint:ci
bash scripts/ensure-chromium.sh
npx vitest run
SITE_URL="http://localhost:${E2E_PORT:-3100}" npm run build
npx playwright test "$@"
