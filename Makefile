# A thin driver over CMake. `make demo` and `make check` are the README's two commands.
BUILD ?= build
CMAKE_FLAGS ?=

.PHONY: all deps configure build demo check clean

all: build

deps:
	@sh scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

configure: $(BUILD)/CMakeCache.txt

build: configure
	cmake --build $(BUILD) -j

# The readable summary first, then the record it comes from.
demo: deps build
	$(BUILD)/berita-extract --format text examples/articles/ntt-dla-2025.txt
	$(BUILD)/berita-extract --format json examples/articles/ntt-dla-2025.txt

check: deps build
	cd $(BUILD) && ctest --output-on-failure

clean:
	rm -rf $(BUILD)

# libFuzzer targets for FUZZ_SECONDS each (clang; see scripts/fuzz.sh).
FUZZ_SECONDS ?= 60
.PHONY: fuzz
fuzz:
	sh scripts/fuzz.sh $(FUZZ_SECONDS)

# Date extraction against dateparser (needs python3-dateparser); a benchmark, not a test.
bench-dates: build
	python3 bench/dates_vs_dateparser.py --extract $(BUILD)/berita-extract

# Throughput, memory, scaling, threads and peers (bench/run.py).
.PHONY: bench
bench:
	python3 bench/run.py

# Line coverage of lib/ under the test suite (gcov + lcov).
.PHONY: coverage
coverage:
	sh scripts/coverage.sh
