#!/usr/bin/env bash
# The end-to-end tests need Debian's Chromium: Playwright's own browser download does not work offline.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium package (once)..."
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$browser" ] && exit 0
fi
cat >&2 <<MSG
The end-to-end tests need Chromium at $browser, and it could not be installed automatically.
Install it as an administrator, then run the tests again:

    sudo apt-get install chromium

Or point CHROMIUM_PATH at another Chromium or Chrome binary.
MSG
exit 1
