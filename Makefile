# newsq — build, run and test. `make run` and `make test` are the whole set-up on a fresh machine.

SWIFT   ?= swift
BIN     := .build/release/newsq
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test golden bench fuzz clean

all: build

## deps: install libedit's headers (Debian's libedit-dev) when pkg-config cannot find them.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libedit; then \
		echo "newsq: installing libedit-dev (and pkg-config) with apt-get"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libedit-dev pkg-config; \
	fi

## build: the release binary at .build/release/newsq.
build: deps
	$(SWIFT) build -c release --product newsq

## run: open the shell on the bundled corpus (corpus/).
run: build
	$(BIN) $(ARGS)

## test: every test — unit, golden examples, end-to-end and hostile input.
##       UPDATE_GOLDEN=1 make test rewrites examples' expected output.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## bench: start-up time, then the benchmarks (their own package under Benchmarks/, kept out of `make test`).
bench: deps
	bash Benchmarks/startup.sh
	cd Benchmarks && $(SWIFT) package --allow-writing-to-package-directory benchmark

## fuzz: run each libFuzzer harness for FUZZ_SECONDS (default 60) each.
FUZZ_SECONDS ?= 60
fuzz: deps
	bash Fuzz/run.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build Benchmarks/.build
