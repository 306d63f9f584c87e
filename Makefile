# Thin wrapper: deps -> configure -> build -> test. The build is CMake+Ninja.
BUILD ?= out/build
JOBS ?= 2
CMAKE_FLAGS ?=
CTEST_ARGS ?=

.PHONY: all deps configure build run test bench node-suite conformance test-asan test-tsan fuzz clean format

all: build

deps:
	@./deps/install.sh

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS)

configure: deps $(BUILD)/build.ninja

build: configure
	@ninja -C $(BUILD) -j$(JOBS)

run: build
	./out/nodus examples/hello.js

# Includes Node's own tests of test/node-suite/passing.txt (node-suite/*),
# then the worker and message-port tests again under ThreadSanitizer.
# CTEST_ARGS narrows the run, e.g. make test-tsan CTEST_ARGS="-R worker".
TSAN_WORKERS ?= 1
test: build node-suite
	cd $(BUILD) && ctest -j$(JOBS) --output-on-failure $(CTEST_ARGS)
ifeq ($(TSAN_WORKERS),1)
	$(MAKE) test-tsan TSAN_WORKERS=0 \
	  CTEST_ARGS="-R 'parallel/test-(worker|messagechannel|broadcastchannel)'"
endif

bench: build node-suite
	python3 tools/bench/run.py out/nodus

# Node 20's own test/ and doc/api/ (Debian's nodejs source) into deps/node.
node-suite:
	@./tools/node-suite/fetch.sh

# Every test of test/node-suite/in-scope.txt under out/nodus: the pass rate
# per module (doc/conformance.md). `make_lists.py readme` puts it in README.
conformance: node-suite build
	python3 tools/node-suite/run -j$(JOBS) -q --exit-zero \
	  -l test/node-suite/in-scope.txt --json out/node-suite/conformance.json

test-asan:
	$(MAKE) test TSAN_WORKERS=0 BUILD=out/asan CMAKE_FLAGS="-DNODUS_SANITIZE=address -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNODUS_BIN_DIR=$(CURDIR)/out/asan"

test-tsan:
	TSAN_OPTIONS="suppressions=$(CURDIR)/tools/sanitizers/tsan.supp $(TSAN_OPTIONS)" \
	$(MAKE) test TSAN_WORKERS=0 BUILD=out/tsan CMAKE_FLAGS="-DNODUS_SANITIZE=thread -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNODUS_BIN_DIR=$(CURDIR)/out/tsan"

# libFuzzer (clang) over the zlib/brotli decompressors for FUZZ_TIME
# seconds; new inputs go to out/fuzz/corpus, crashers to out/fuzz/ (copy
# them to test/fuzz/corpus: test-zlib-fuzz-corpus.js replays that folder).
FUZZ_TIME ?= 60
fuzz:
	mkdir -p out/fuzz/corpus
	clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
	  src/zlib_engine.cc test/fuzz/fuzz_zlib_decompress.cc \
	  -lz -lbrotlienc -lbrotlidec -o out/fuzz/fuzz_zlib_decompress
	out/fuzz/fuzz_zlib_decompress -max_total_time=$(FUZZ_TIME) \
	  -artifact_prefix=out/fuzz/ out/fuzz/corpus test/fuzz/corpus

format:
	clang-format -i src/*.cc src/*.h tools/js2c/*.cc test/cctest/*.cc

clean:
	rm -rf out
