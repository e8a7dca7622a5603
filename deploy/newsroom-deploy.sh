#!/usr/bin/env bash
# Deploy on merge for the Node server behind nginx (docs/deployment.md). newsroom-deploy.timer runs it every two
# minutes as root; it does nothing unless main has a new commit or the running build is older than a day:
#
#   1. fetch main into $NEWSROOM_ROOT/repo and export that commit to a new folder in builds/ (as $NEWSROOM_USER);
#   2. npm ci and npm run build there (with SITE_URL from /etc/newsroom.env): the site keeps running meanwhile,
#      and a failed build changes nothing;
#   3. point current/ at the new build, restart newsroom.service, wait until it answers (or switch back), purge
#      the nginx cache (cached pages name the previous build's /_next/static/ files), keep the last three builds.
#
# The daily rebuild is not needed for embargoes (pages check them on every request and revalidate every 60 s); it
# folds the releases whose embargo has lifted into the search index, which until then lists them from
# /{locale}/search/recent.json.
set -euo pipefail
root="${NEWSROOM_ROOT:-/srv/newsroom}"
branch="${NEWSROOM_BRANCH:-main}"
user="${NEWSROOM_USER:-newsroom}"
port="${NEWSROOM_PORT:-3000}"
rebuild_minutes="$(( ${NEWSROOM_REBUILD_AFTER_HOURS:-24} * 60 ))"
nginx_cache="${NEWSROOM_NGINX_CACHE-/var/cache/nginx/newsroom}"
: "${SITE_URL:?SITE_URL must be set, e.g. in /etc/newsroom.env}"

as_user() { runuser -u "$user" -- "$@"; }

as_user git -C "$root/repo" fetch --quiet origin "$branch"
sha="$(as_user git -C "$root/repo" rev-parse FETCH_HEAD)"
previous=""
if [ -L "$root/current" ]; then previous="$(readlink -f "$root/current")"; fi
if [ -n "$previous" ] && [ "$(cat "$previous/REVISION" 2>/dev/null)" = "$sha" ] &&
  [ -n "$(find "$previous/.next/newsroom-build.json" -mmin "-$rebuild_minutes" 2>/dev/null)" ]; then
  exit 0
fi

build="$root/builds/$(date -u +%Y%m%dT%H%M%SZ)-${sha:0:12}"
echo "Building $branch at $sha in $build"
as_user mkdir -p "$build"
as_user git -C "$root/repo" archive "$sha" | as_user tar -x -C "$build"
printf '%s\n' "$sha" | as_user tee "$build/REVISION" >/dev/null
if ! (cd "$build" && as_user npm ci --no-audit --no-fund && as_user npm run build); then
  echo "The build failed: still serving $previous" >&2
  rm -rf "$build"
  exit 1
fi

switch_to() {
  ln -sfn "$1" "$root/current.new"
  mv -T "$root/current.new" "$root/current"
  systemctl restart newsroom.service
  # Up to a minute for the new server to answer its English home page (refused until it listens).
  curl -fsS -o /dev/null --retry 60 --retry-delay 1 --retry-all-errors "http://localhost:$port/en"
}
if ! switch_to "$build"; then
  echo "The new build did not answer on port $port: switching back to $previous" >&2
  [ -n "$previous" ] && switch_to "$previous"
  exit 1
fi

if [ -n "$nginx_cache" ] && [ -d "$nginx_cache" ]; then
  find "$nginx_cache" -mindepth 1 -delete
  systemctl reload nginx
fi
# A CDN in front: purge it here, e.g. NEWSROOM_AFTER_DEPLOY='curl -fsS -X POST https://api.example-cdn.com/purge-all ...'
if [ -n "${NEWSROOM_AFTER_DEPLOY:-}" ]; then
  bash -c "$NEWSROOM_AFTER_DEPLOY"
fi

# Keep the three newest builds (the folder names sort by time); never the one being served.
find "$root/builds" -mindepth 1 -maxdepth 1 -type d | sort -r | tail -n +4 | while read -r old; do
  if [ "$old" != "$(readlink -f "$root/current")" ]; then rm -rf "$old"; fi
done
echo "Deployed $sha"
