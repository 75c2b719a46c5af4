#!/bin/sh
# make coverage: the test suite under gcov, and the line coverage of lib/ (lcov).
set -eu
cd "$(dirname "$0")/.."
if ! command -v lcov >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq lcov >/dev/null
  else
    echo "coverage: needs lcov: sudo apt-get install lcov" >&2
    exit 1
  fi
fi
cmake -S . -B build-coverage -DBERITA_COVERAGE=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build-coverage -j "$(nproc)" >/dev/null
find build-coverage -name '*.gcda' -delete
(cd build-coverage && ctest --output-on-failure -E '^(dask|install)$' >/dev/null) || echo "coverage: some tests failed"
lcov --quiet --capture --directory build-coverage --output-file build-coverage/all.info
lcov --quiet --extract build-coverage/all.info "$PWD/lib/*" --output-file build-coverage/lib.info
lcov --list build-coverage/lib.info | tail -n +1
lcov --summary build-coverage/lib.info 2>&1 | grep -E 'lines|functions'
if command -v genhtml >/dev/null; then
  genhtml --quiet build-coverage/lib.info --output-directory build-coverage/html
  echo "report: build-coverage/html/index.html"
fi
