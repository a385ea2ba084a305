# ReelGen: `make serve` to run it, `make test` to check it.
SWIFT ?= swift
DEBUG_BIN = $(shell $(SWIFT) build --show-bin-path 2>/dev/null)

.PHONY: serve build test bench bootstrap clean

bootstrap:
	scripts/bootstrap

build: bootstrap
	$(SWIFT) build -c release --product reelgen

## Build in release mode and start the server on SQLite under ./data at :8080.
serve: build
	$$($(SWIFT) build -c release --show-bin-path)/reelgen serve

## Every test: unit, store (SQLite and a throwaway PostgreSQL), HTTP, end to end.
test:
	scripts/bootstrap --test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Render speed against a libx264 reference measured in the same run, peak memory, and
## status GET throughput of the release server under wrk.
bench:
	scripts/bootstrap --bench
	$(SWIFT) build -c release --product reelgen
	$(SWIFT) run -c release ReelGenBench

clean:
	rm -rf .build
