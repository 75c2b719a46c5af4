#!/bin/sh
# valgrind memcheck over berita-extract on every article in the given folders
# (missing folders are skipped): any leak or memory error fails.
set -eu
cli=$1
shift
n=0
for dir in "$@"; do
  [ -d "$dir" ] || continue
  for f in "$dir"/*.html "$dir"/*.txt; do
    [ -e "$f" ] || continue
    valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible \
      "$cli" --format jsonl "$f" >/dev/null 2>valgrind.err || {
        echo "valgrind: $f"; cat valgrind.err; rm -f valgrind.err; exit 1; }
    n=$((n + 1))
  done
done
rm -f valgrind.err
echo "valgrind: $n passed, 0 failed"
