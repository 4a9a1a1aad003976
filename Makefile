# kinerja — the two commands a fresh Debian machine needs: `make demo`, `make test`.
SWIFT   ?= swift
RELEASE := .build/release/kinerja

.PHONY: deps build test demo bench samples accept clean fuzz fuzz-replay

deps:            ## install the Debian/Python packages that are missing (idempotent)
	@bash scripts/deps.sh

# --static-swift-stdlib links the Swift runtime and Foundation in: start-up drops from ~15 to
# ~9 ms CPU (the loader no longer binds Foundation's and ICU's symbols in every process).
build: deps      ## release build of the kinerja tool
	$(SWIFT) build -c release --product kinerja --static-swift-stdlib

test: deps       ## the whole suite: unit tests per stage, golden tests over Samples/, schema checks
	$(SWIFT) test

demo: build      ## extract every PDF in Samples/ and print a short summary
	@bash scripts/demo.sh $(RELEASE)

bench: build     ## speed against pdftotext -bbox-layout (native) and the tesseract CLI (scans)
	@bash scripts/bench.sh $(RELEASE)

FUZZ_SECONDS ?= 60
fuzz:            ## libFuzzer (ASan) on the value tokenizer, the table reconstructor and whole PDFs, FUZZ_SECONDS each
	@FUZZ_SECONDS=$(FUZZ_SECONDS) bash scripts/fuzz.sh

fuzz-replay:     ## re-run the crashing inputs kept in Fuzz/Regressions (they must pass once fixed)
	@FUZZ_REPLAY=1 bash scripts/fuzz.sh

samples:         ## regenerate Samples/*.pdf from scripts/samples (needs LibreOffice; optional)
	@python3 scripts/samples/make_samples.py

accept: build    ## deliberately accept the tool's current output for one sample: make accept SAMPLE=name
	@test -n "$(SAMPLE)" || { echo "usage: make accept SAMPLE=<name without .pdf>"; exit 2; }
	@python3 scripts/accept.py $(RELEASE) $(SAMPLE)

clean:
	rm -rf .build out
