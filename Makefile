# The two commands a newcomer needs: `make demo` and `make test`.

GO  ?= go
BIN := bin/openaivet

.PHONY: build install demo test check fuzz bench docs docs-check clean

build:
	$(GO) build -o $(BIN) ./cmd/openaivet

# Install openaivet where go install puts commands: $(go env GOBIN), or
# $(go env GOPATH)/bin when GOBIN is not set. That directory goes on PATH.
install:
	$(GO) install ./cmd/openaivet
	@echo "installed $$($(GO) list -f '{{.Target}}' ./cmd/openaivet)"

# Run openaivet on the bundled demo module. It has findings on purpose, so
# exit status 1 (findings) counts as success here; 2 or worse does not.
demo: build
	cd testdata/demo && ../../$(BIN) ./...; status=$$?; [ $$status -le 1 ]

# Every test, and the repository's own hygiene. The robustness and
# command packages each take close to half an hour on two cores, so a
# package's bound is an hour.
test: check
	$(GO) test -timeout 60m ./...
	$(MAKE) fuzz

# Run each fuzz test beyond its committed corpus (testdata/fuzz), for a
# number of inputs rather than a time: Go 1.26's fuzzer can fail a run
# whose -fuzztime ends while a worker is busy (go.dev/issue/75804). The
# counts take about ten seconds each on two cores; FUZZSCALE multiplies
# them.
FUZZSCALE ?= 1
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzFind$$' -fuzztime $$((200000 * $(FUZZSCALE)))x ./internal/secret
	$(GO) test -run '^$$' -fuzz '^FuzzRedact$$' -fuzztime $$((240000 * $(FUZZSCALE)))x ./internal/secret
	$(GO) test -run '^$$' -fuzz '^FuzzRedactSource$$' -fuzztime $$((7000 * $(FUZZSCALE)))x ./internal/secret
	$(GO) test -run '^$$' -fuzz '^FuzzClassifyName$$' -fuzztime $$((120000 * $(FUZZSCALE)))x ./internal/pii

# Measure openaivet beside go vet, staticcheck and the driver's floor,
# and golangci-lint with and without openaivet's plugin, on generated
# modules of 64, 256 and 1,024 packages; writes bench/RESULTS.md. It takes
# about two hours on two cores: run it on a quiet machine.
# BENCHFLAGS=-sizes=1 measures the smallest module alone.
BENCHFLAGS ?= -sizes 1,4,16
bench:
	$(GO) run ./bench $(BENCHFLAGS)

# gofmt, go vet and openaivet itself are clean on the repository.
check: build
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v /testdata/)); \
		if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(BIN) ./...

# Regenerate docs/checks from the checks' documentation.
docs:
	$(GO) run ./internal/cmd/gendocs

# Run every command and configuration example of the docs and the README.
docs-check:
	$(GO) test ./docs/

clean:
	rm -rf bin
