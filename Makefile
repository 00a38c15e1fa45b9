# gopp — the two commands of the README's quick start, and a few more.
#
#   make          build (the compiler is then at build/bin/gopp)
#   make demo     set up if needed, build, run an example end to end
#   make test     set up if needed, build, run every test through CTest
#   make corpus   compare gopp's parser with go/parser on Go's own sources
#   make fuzz     build the libFuzzer target with clang (build-fuzz/)
#   make sanitize build with ASan+UBSan (build-asan/) and run the tests there

BUILD     ?= build
GENERATOR ?= Ninja
JOBS      ?= $(shell nproc)

.PHONY: all setup configure build demo test corpus fuzz sanitize clean

all: build

setup:
	@./scripts/setup.sh

$(BUILD)/build.ninja: | setup
	@cmake -S . -B $(BUILD) -G $(GENERATOR) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

configure: $(BUILD)/build.ninja

build: setup configure
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@echo "== gopp parse -summary examples/hello/main.go"
	@$(BUILD)/bin/gopp parse -summary examples/hello/main.go
	@echo "== gopp check examples/hello/main.go (type-checks; silent when it is correct)"
	@$(BUILD)/bin/gopp check examples/hello/main.go && echo "ok: no errors"
	@echo "== gopp check on a program with type errors (as gc reports them)"
	@printf 'package main\n\nimport "os"\n\nfunc main() {\n\tx := 1\n\tvar s string = 2\n}\n' > $(BUILD)/demo_bad.go
	@$(BUILD)/bin/gopp check $(BUILD)/demo_bad.go || true
	@echo "== gopp build examples/hello/main.go"
	@$(BUILD)/bin/gopp build examples/hello/main.go || true

test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

corpus: build
	@bash tests/parse_corpus/run.sh $(BUILD)/bin/gopp

fuzz: setup
	@CC=clang CXX=clang++ cmake -S . -B build-fuzz -G $(GENERATOR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    -DGOPP_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
	@cmake --build build-fuzz -j $(JOBS) --target parse_fuzzer
	@echo "run: build-fuzz/bin/parse_fuzzer -max_total_time=600 -timeout=10 -dict=tests/fuzz/go.dict fuzz-corpus tests/fuzz/seeds examples/hello"

sanitize: setup
	@cmake -S . -B build-asan -G $(GENERATOR) -DCMAKE_BUILD_TYPE=Debug -DGOPP_SANITIZE=ON >/dev/null
	@cmake --build build-asan -j $(JOBS)
	@ctest --test-dir build-asan --output-on-failure -j $(JOBS) -E parse_corpus

clean:
	rm -rf $(BUILD) build-fuzz build-asan
