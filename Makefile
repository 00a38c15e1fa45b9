# gopp — the two commands of the README's quick start, and a few more.
#
#   make          build (the compiler is then at build/bin/gopp)
#   make demo     set up if needed, build, run examples end to end
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
	@echo "== gopp run examples/wordfreq/main.go (Go compiled to C++, then run)"
	@$(BUILD)/bin/gopp run examples/wordfreq/main.go
	@echo "== gopp build -o $(BUILD)/wordfreq examples/wordfreq/main.go && $(BUILD)/wordfreq"
	@$(BUILD)/bin/gopp build -o $(BUILD)/wordfreq examples/wordfreq/main.go && $(BUILD)/wordfreq | head -1
	@echo "== gopp run examples/pipeline/main.go (goroutines, channels, context, sync; see its README)"
	@$(BUILD)/bin/gopp run examples/pipeline/main.go
	@echo "== gopp check on a program with type errors (as gc reports them)"
	@printf 'package main\n\nimport "os"\n\nfunc main() {\n\tx := 1\n\tvar s string = 2\n}\n' > $(BUILD)/demo_bad.go
	@$(BUILD)/bin/gopp check $(BUILD)/demo_bad.go || true
	@echo "== a run-time panic, as Go prints it (exit status 2)"
	@printf 'package main\n\nfunc main() {\n\ts := []int{1, 2, 3}\n\ti := 5\n\tprintln(s[i])\n}\n' > $(BUILD)/demo_panic.go
	@$(BUILD)/bin/gopp run $(BUILD)/demo_panic.go || echo "exit status $$?"

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
