#!/usr/bin/env bash
# Usage: ensure-debian-package.sh BINARY PACKAGE
# BINARY is a command, or an absolute path to a file the package installs (a font has no command).
# The nginx front test, the benchmarks and the lint need Debian tools (nginx, wrk, shellcheck) that npm cannot
# provide. Installs the package with apt-get when the binary is missing and we are root; otherwise says exactly what
# to install and fails (never a silent skip, in CI or not).
set -euo pipefail
binary="$1"
package="$2"
present() { command -v "$binary" >/dev/null 2>&1 || { [[ "$binary" == /* ]] && [ -e "$binary" ]; }; }
if present; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "$binary is missing: installing Debian's $package package (once)..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  present && exit 0
fi
cat >&2 <<MSG
$binary is needed here and could not be installed automatically. Install it as an administrator:

    sudo apt-get install $package
MSG
exit 1
