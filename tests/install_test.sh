#!/bin/sh
# Installs the build into a temporary prefix, then builds examples/example.c
# against it through pkg-config and through find_package, and runs both.
set -eu
build=$1
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
lib=$(ls -d "$tmp"/prefix/lib*/ | head -n 1)
test -L "$lib/libberita.so" && test -L "$lib/libberita.so.0" && test -f "$lib/libberita.a"
test -f "$tmp/prefix/include/berita.h" && test -x "$tmp/prefix/bin/berita-extract"
test -f "$tmp/prefix/share/man/man1/berita-extract.1"
article="$src/examples/articles/ntt-dla-2025.txt"

PKG_CONFIG_PATH="$lib/pkgconfig" sh -c \
  'cc -o "$0/by-pkgconfig" "$1/examples/example.c" $(pkg-config --cflags --libs berita)' "$tmp" "$src"
LD_LIBRARY_PATH="$lib" "$tmp/by-pkgconfig" "$article" | grep -q "published:"
echo "ok   pkg-config consumer"

cmake -S "$src/tests/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$tmp/prefix" >/dev/null
cmake --build "$tmp/consumer" >/dev/null
LD_LIBRARY_PATH="$lib" "$tmp/consumer/consumer" "$article" | grep -q "published:"
echo "ok   find_package consumer"

LD_LIBRARY_PATH="$lib" "$tmp/prefix/bin/berita-extract" --version | grep -q libberita
echo "install: 3 passed, 0 failed"
