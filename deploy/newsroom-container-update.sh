#!/usr/bin/env bash
# Deploy on merge for the container (docs/deployment.md): pulls the image that the Main workflow pushes after
# the tests pass on main and, when it changed, replaces the running container, waits until it answers (or starts
# the previous image again) and purges the nginx cache. Run it every two minutes as root, e.g. from cron:
#
#   */2 * * * * root NEWSROOM_IMAGE=ghcr.io/<owner>/<repository>:main SITE_URL=https://newsroom.smart.com /usr/local/sbin/newsroom-container-update
#
# A private package needs `docker login ghcr.io` once, with a token that may read packages. Like the Node server,
# the container lifts embargoes by itself: nothing is scheduled for them.
set -euo pipefail
image="${NEWSROOM_IMAGE:?Set NEWSROOM_IMAGE, e.g. ghcr.io/<owner>/<repository>:main}"
: "${SITE_URL:?Set SITE_URL to the address the image was built for}"
name="${NEWSROOM_CONTAINER:-newsroom}"
port="${NEWSROOM_PORT:-3000}"
nginx_cache="${NEWSROOM_NGINX_CACHE-/var/cache/nginx/newsroom}"

docker pull --quiet "$image" >/dev/null
latest="$(docker image inspect --format '{{.Id}}' "$image")"
running="$(docker container inspect --format '{{.Image}}' "$name" 2>/dev/null || true)"
if [ "$latest" = "$running" ]; then
  exit 0
fi

start() {
  docker rm -f "$name" >/dev/null 2>&1 || true
  # Only nginx on this host reaches it (127.0.0.1); ./data (alerts) lives in a named volume across versions.
  docker run -d --name "$name" --restart unless-stopped -p "127.0.0.1:$port:3000" \
    -v newsroom-data:/app/data -e SITE_URL="$SITE_URL" "$1" >/dev/null
  # Up to a minute for the new server to answer its English home page (refused until it listens).
  curl -fsS -o /dev/null --retry 60 --retry-delay 1 --retry-all-errors "http://localhost:$port/en"
}
if ! start "$latest"; then
  echo "The new image did not answer on port $port: starting the previous one again" >&2
  docker logs --tail 40 "$name" >&2 || true
  if [ -n "$running" ]; then start "$running"; fi
  exit 1
fi
if [ -n "$nginx_cache" ] && [ -d "$nginx_cache" ]; then
  find "$nginx_cache" -mindepth 1 -delete
  systemctl reload nginx
fi
echo "Deployed $image ($latest)"
