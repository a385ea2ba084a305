# ReelGen: `make serve` to run it, `make test` to check it.
SWIFT ?= swift
DEBUG_BIN = $(shell $(SWIFT) build --show-bin-path 2>/dev/null)

.PHONY: serve build test bench bench-language contact-sheet bootstrap clean

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

## How much of the development prompts the Language stage understands: the share with no
## unused word, the share whose every subject reached a catalogue concept, the words left over.
## PROMPTS names other folders of *.txt prompt files.
PROMPTS ?= Tests/Fixtures/vbench-category
bench-language: bootstrap
	$(SWIFT) run -c release ReelGenLanguageBench $(PROMPTS)

## The engine on many prompts at once: 48 development prompts (6 a category) rendered at
## 360p, one frame of each tiled with its prompt into out/contact-sheet.png.
contact-sheet: build
	scripts/bootstrap --bench
	scripts/contact-sheet --reelgen $$($(SWIFT) build -c release --show-bin-path)/reelgen

clean:
	rm -rf .build
