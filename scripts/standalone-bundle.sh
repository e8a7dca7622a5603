#!/usr/bin/env bash
# Usage: scripts/standalone-bundle.sh [--preview] DIR
#
# Puts a standalone build (`NEXT_OUTPUT=standalone npm run build`) together in DIR: a folder that runs with Node.js
# alone, no npm install. Next's standalone output holds the server and the node_modules it traced; the static
# files, public/ (the search index), content/ (the media routes read release images and attachments at run time)
# and scripts/start.mjs (one server worker per core) are added here.
#
#   The container image (Dockerfile):   scripts/standalone-bundle.sh /app      → node start.mjs server.js
#   The pull request preview artifact:  scripts/standalone-bundle.sh --preview newsroom-preview
#                                        → node start-preview.mjs (or start-preview.cmd on Windows)
#
# A preview build and a production build are never mixed up: --preview is refused for a production build and
# required for a preview build (.next/newsroom-build.json says which it is).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
preview=0
if [ "${1:-}" = "--preview" ]; then
  preview=1
  shift
fi
out="${1:?Usage: scripts/standalone-bundle.sh [--preview] DIR}"

if [ ! -f "$root/.next/standalone/server.js" ] || [ ! -f "$root/.next/newsroom-build.json" ]; then
  echo "No standalone build found: run \`NEXT_OUTPUT=standalone npm run build\` first (with NEWSROOM_PREVIEW=1 for a preview)." >&2
  exit 1
fi
built_preview="$(node -p "JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8')).preview === true" "$root/.next/newsroom-build.json")"
if [ "$built_preview" = true ] && [ "$preview" = 0 ]; then
  echo "This is a PREVIEW build (drafts and embargoed releases are visible): bundle it with --preview, never as the public site." >&2
  exit 1
fi
if [ "$built_preview" != true ] && [ "$preview" = 1 ]; then
  echo "This is a production build: build the preview with NEWSROOM_PREVIEW=1 NEXT_OUTPUT=standalone npm run build." >&2
  exit 1
fi
# DIR is emptied: refuse a folder that is not an earlier bundle.
if [ -e "$out" ] && [ -n "$(ls -A "$out")" ] && [ ! -f "$out/server.js" ]; then
  echo "$out exists and is not a bundle made by this script: choose an empty or new folder." >&2
  exit 1
fi

rm -rf "$out"
mkdir -p "$out"
cp -a "$root/.next/standalone/." "$out/"
cp -a "$root/.next/static" "$out/.next/static"
cp -a "$root/public" "$out/public"
cp -a "$root/content" "$out/content"
cp "$root/scripts/start.mjs" "$out/start.mjs"

if [ "$preview" = 1 ]; then
  # The server's native image library is built for Linux; on macOS and Windows sharp falls back to its WebAssembly
  # build (@img/sharp-wasm32, a devDependency at sharp's version), which Next's file tracing normally includes.
  for package in @img/sharp-wasm32 @emnapi/runtime; do
    if [ ! -d "$out/node_modules/$package" ]; then
      mkdir -p "$out/node_modules/$(dirname "$package")"
      cp -a "$root/node_modules/$package" "$out/node_modules/$package"
    fi
  done
  cp "$root/scripts/preview/start-preview.mjs" "$root/scripts/preview/start-preview.cmd" \
    "$root/scripts/preview/HOW-TO-OPEN-THE-PREVIEW.txt" "$out/"
fi
echo "Bundled $([ "$preview" = 1 ] && echo 'the preview' || echo 'the server') in $out ($(du -sh "$out" | cut -f1))."
