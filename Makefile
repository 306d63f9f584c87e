# Thin wrapper: deps -> configure -> build -> test. The build is CMake+Ninja.
BUILD ?= out/build
JOBS ?= 2
CMAKE_FLAGS ?=

.PHONY: all deps configure build run test bench node-suite conformance test-asan test-tsan clean format

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

# Includes Node's own tests of test/node-suite/passing.txt (node-suite/*).
test: build node-suite
	cd $(BUILD) && ctest -j$(JOBS) --output-on-failure

bench: build
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
	$(MAKE) test BUILD=out/asan CMAKE_FLAGS="-DNODUS_SANITIZE=address -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNODUS_BIN_DIR=$(CURDIR)/out/asan"

test-tsan:
	$(MAKE) test BUILD=out/tsan CMAKE_FLAGS="-DNODUS_SANITIZE=thread -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNODUS_BIN_DIR=$(CURDIR)/out/tsan"

format:
	clang-format -i src/*.cc src/*.h tools/js2c/*.cc test/cctest/*.cc

clean:
	rm -rf out
