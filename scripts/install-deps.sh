#!/bin/sh
# Installs libberita's build and test dependencies from Debian's archive when
# run as root, or prints the command that would.
set -eu
# libjansson-dev and check are for the tests only (jansson reads the records back).
PACKAGES="cmake make gcc pkg-config python3 zlib1g-dev libxml2-dev libutf8proc-dev libjansson-dev check libsubunit-dev"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
else
  echo "missing packages:$missing" >&2
  echo "run: sudo apt-get install -y$missing" >&2
  exit 1
fi
