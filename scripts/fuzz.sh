#!/bin/sh
# Builds the libFuzzer targets with clang, ASan and UBSan into build-fuzz/ and
# runs each for SECONDS (default 60), seeded from the fixtures and, when
# present, the dev corpus, with the dictionaries in tests/fuzz/ (*.dict). A crash leaves its input in build-fuzz/crashes/:
# copy it to tests/fuzz/regressions/ once fixed.
set -eu
seconds=${1:-60}
cd "$(dirname "$0")/.."
can_fuzz() {
  cc=$(command -v clang || command -v clang-14) || return 1
  echo 'int LLVMFuzzerTestOneInput(const char *d, long n) { return 0; }' |
    "$cc" -x c -fsanitize=fuzzer,address -o /dev/null - 2>/dev/null
}
if ! can_fuzz; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang-14 libfuzzer-14-dev libclang-rt-14-dev >/dev/null
  else
    echo "fuzz: needs clang and libFuzzer: sudo apt-get install clang-14 libfuzzer-14-dev" >&2
    exit 1
  fi
fi
CLANG=$(command -v clang || command -v clang-14)
CC=$CLANG cmake -S . -B build-fuzz -DBERITA_FUZZ=ON -DBERITA_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target fuzz_html fuzz_text fuzz_auto fuzz_warc fuzz_json >/dev/null

seeds=build-fuzz/seeds
mkdir -p "$seeds" build-fuzz/crashes
for f in tests/fixtures/*.html tests/fixtures/*.txt tests/fuzz/regressions/* ../shared/corpus/dev/*.html \
         ../shared/corpus/dev/*.txt; do
  [ -f "$f" ] || continue
  # The first byte of a fuzz input picks options; 0 means the defaults.
  { printf '\000'; cat "$f"; } > "$seeds/$(basename "$f")"
done
failed=0
for target in fuzz_html fuzz_text fuzz_auto fuzz_warc fuzz_json; do
  mkdir -p "build-fuzz/corpus-$target"
  seed_dir=$seeds
  dict=tests/fuzz/berita.dict
  [ "$target" = fuzz_warc ] && seed_dir=tests/fuzz/warc-seeds && dict=tests/fuzz/warc.dict
  [ "$target" = fuzz_json ] && seed_dir=tests/fuzz/json-seeds && dict=tests/fuzz/json.dict
  log=build-fuzz/$target.log
  if ./build-fuzz/tests/$target -dict="$dict" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
       -artifact_prefix=build-fuzz/crashes/ -print_final_stats=1 "build-fuzz/corpus-$target" "$seed_dir" \
       >"$log" 2>&1; then
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec)' "$log" | sed "s/^/$target: /"
    grep -E '^#[0-9]+ +DONE' "$log" | sed "s/^/$target: /"
  else
    echo "$target: FAILED, see $log and build-fuzz/crashes/"
    grep -E '==[0-9]+==ERROR|SUMMARY|Test unit written' "$log" | head -5
    failed=1
  fi
done
exit $failed
