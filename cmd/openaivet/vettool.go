package main

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/openaivet/openaivet/analyzers"
	"github.com/openaivet/openaivet/analyzers/directive"
	"github.com/openaivet/openaivet/internal/config"
	"github.com/openaivet/openaivet/internal/report"
	"github.com/openaivet/openaivet/internal/secret"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// commandEnv is set by the command for the copies of itself that go vet
// runs. They then report suppressed findings, marked, for SARIF and
// -show-ignored, and name each package they analyze, even one without
// findings; and they report findings in every package of the project's
// own modules, even one go vet analyzes only for its facts. go vet keeps
// one cached result a package, whether it was analyzed as one the command
// line names or as a dependency of one; were a dependency's findings left
// out, a later run that names the package would replay the empty result.
// The command keeps the findings of the packages it was asked about. A
// package of the standard library or of a downloaded module is analyzed
// for its facts alone as a dependency, as it nearly always is: the command
// sees when go vet replays such a result for a package it names (the
// package is not named) and has it analyzed again. printVetVersion folds
// the variable's value into the build ID that keys go vet's cache, so
// that the command's runs and plain go vet's do not share results.
const commandEnv = "OPENAIVET_COMMAND"

// configKeyEnv carries, from the command to the -V=full of the go vet it
// runs, the digest of the configuration files the command read: a large
// tree is walked once a run rather than twice.
const configKeyEnv = "OPENAIVET_CONFIG_KEY"

// vetConfig is what openaivet reads of the .cfg file that go vet passes to
// a vet tool: unitchecker.Config's fields that matter here. The whole
// file is kept to write the worker's copy.
type vetConfig struct {
	ID            string // the package, as go vet names it in its output
	GoFiles       []string
	VetxOnly      bool
	Stdout        string
	ModulePath    string // "" for the standard library
	ModuleVersion string // "" for the main module and the workspace's
	// Worker marks the copy of the file that a redacting openaivet
	// writes for the openaivet it runs (see vetTool). go vet never sets
	// it, nor can an environment: it is the only way to run the checks
	// without redaction.
	Worker bool `json:"OpenaivetWorker"`

	raw map[string]any
}

// local reports whether the package is the project's own: in the main
// module, or a module of the workspace, not in the standard library or a
// module downloaded at a version.
func (cfg *vetConfig) local() bool { return cfg.ModulePath != "" && cfg.ModuleVersion == "" }

func readVetConfig(path string) (*vetConfig, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	cfg := new(vetConfig)
	if err := json.Unmarshal(data, cfg); err != nil {
		return nil, fmt.Errorf("reading %s: %v", path, err)
	}
	if err := json.Unmarshal(data, &cfg.raw); err != nil {
		return nil, fmt.Errorf("reading %s: %v", path, err)
	}
	return cfg, nil
}

// vetTool analyzes one package for go vet. go vet runs openaivet with the
// package's .cfg file; unitchecker reads it, runs the checks and prints
// what they find: diagnostics, type errors, and with -fix -diff the
// diffs, which go vet then prints (and caches) itself. That output can
// quote the package's source, and so an API key written in it; so this
// process does not run the checks itself but has a copy of openaivet run
// them (the worker) and passes on what it prints, redacted: its standard
// output and error, and the file go vet reads its output from. The keys
// redacted are those the patterns of secret.Redact find and, beyond them,
// every piece of a key that the package's source spells out
// (secret.Redactor).
func vetTool(args []string) int {
	path := args[len(args)-1]
	cfg, err := readVetConfig(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 1
	}
	command := os.Getenv(commandEnv) != ""
	if cfg.Worker || cfg.VetxOnly && !(command && cfg.local()) {
		// The worker; or a run for facts alone, in which unitchecker
		// prints nothing and there is nothing to redact.
		runChecks(args)
		return 0 // not reached: unitchecker exits
	}
	worker := filepath.Join(filepath.Dir(path), "openaivet-worker.cfg")
	workerStdout := filepath.Join(filepath.Dir(path), "openaivet-worker.stdout")
	cfg.raw["OpenaivetWorker"] = true
	if command {
		cfg.raw["VetxOnly"] = false
	}
	if cfg.Stdout != "" {
		cfg.raw["Stdout"] = workerStdout
	}
	data, err := json.Marshal(cfg.raw)
	if err == nil {
		err = os.WriteFile(worker, data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 1
	}
	redactor := secret.NewRedactor()
	redactor.AddPackageFiles(cfg.GoFiles)
	code, err := runRedacted(redactor, append(slices.Clone(args[:len(args)-1]), worker))
	if err == nil && cfg.Stdout != "" {
		err = redactFile(redactor, workerStdout, cfg.Stdout)
	}
	if err == nil && command && cfg.Stdout != "" {
		err = nameEmptyResult(cfg.Stdout, cfg.ID)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 1
	}
	return code
}

// runChecks runs the checks on the package of the .cfg file in args, and
// exits.
func runChecks(args []string) {
	if namesCheck(args) {
		config.ChecksChosenByCaller() // go vet -safetyid, -maxtokens=false
	}
	if enablesCheck(args) {
		// Naming the checks to run turns the others off (unitchecker's
		// -NAME flags); directives are checked whichever run.
		os.Args = append(os.Args[:len(os.Args)-1], "-"+directive.Analyzer.Name, os.Args[len(os.Args)-1])
	}
	if os.Getenv(commandEnv) != "" {
		report.KeepSuppressed()
	}
	unitchecker.Main(guarded(analyzers.Analyzers())...)
}

// guarded makes a panic of any analyzer in the graph of as, a bug of
// ours on code we did not foresee, that analyzer's error on the package,
// also written to the standard error: go vet reports it and goes on with
// the other packages, whose findings are not lost. It changes the
// analyzers in place, once.
func guarded(as []*analysis.Analyzer) []*analysis.Analyzer {
	seen := make(map[*analysis.Analyzer]bool)
	var guard func(a *analysis.Analyzer)
	guard = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, r := range a.Requires {
			guard(r)
		}
		run := a.Run
		a.Run = func(pass *analysis.Pass) (result any, err error) {
			defer func() {
				if p := recover(); p != nil {
					err = fmt.Errorf("internal error in %s on %s (please report it): %v", a.Name, pass.Pkg.Path(), p)
					// go vet names only the checks a prerequisite's
					// error stops: say what it was.
					fmt.Fprintf(os.Stderr, "openaivet: %v\n", err)
				}
			}()
			return run(pass)
		}
	}
	for _, a := range as {
		guard(a)
	}
	return as
}

// runRedacted runs openaivet with args and copies its standard output and
// error through the redactor. It returns the exit status.
func runRedacted(redactor *secret.Redactor, args []string) (int, error) {
	self, err := os.Executable()
	if err != nil {
		return 0, err
	}
	copyTo := func(w io.Writer) func(io.Reader) error {
		return func(r io.Reader) error { copyRedacted(redactor, w, r); return nil }
	}
	return runStreams(exec.Command(self, args...), copyTo(os.Stdout), copyTo(os.Stderr))
}

// redactFile writes the redacted contents of from to to, and removes
// from. A missing from is no output.
func redactFile(redactor *secret.Redactor, from, to string) error {
	data, err := os.ReadFile(from)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	os.Remove(from)
	return os.WriteFile(to, []byte(redactor.Redact(string(data))), 0o644)
}

// nameEmptyResult names the package in a result without findings, which
// unitchecker prints as "{}", so that the command can tell which
// packages are done.
func nameEmptyResult(path, id string) error {
	data, err := os.ReadFile(path)
	if err != nil || strings.TrimSpace(string(data)) != "{}" {
		return nil // no result, or findings, which name the package
	}
	named, err := json.Marshal(map[string]struct{}{id: {}})
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(named, '\n'), 0o644)
}

// isVetConfig reports whether go vet runs openaivet on a package: the
// last argument is the package's .cfg file.
func isVetConfig(args []string) bool {
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// speaksVetProtocol reports whether the go command asks openaivet, as a
// vet tool, for its version or its flags.
func speaksVetProtocol(args []string) bool {
	for _, arg := range args {
		if arg == "-flags" || strings.HasPrefix(arg, "-V=") || arg == "-V" {
			return true
		}
	}
	return false
}

// printVetVersion answers the go command's -V=full, whose build ID keys
// the go command's cache of vet results. The ID covers the executable and
// the configuration files around the working directory, so that go vet
// runs again when a .openaivet.yml changes, and whether the command runs
// go vet (commandEnv).
func printVetVersion() int {
	id, err := executableID()
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 1
	}
	h := sha256.New()
	fmt.Fprintln(h, id)
	if key := os.Getenv(configKeyEnv); key != "" && os.Getenv(commandEnv) != "" {
		fmt.Fprintln(h, key)
	} else if cwd, err := os.Getwd(); err == nil {
		// A mistake in a file is the checks' to report, package by package.
		checkConfigFiles(config.Files(cwd), h)
	}
	fmt.Fprintf(h, "%s=%s\n", commandEnv, os.Getenv(commandEnv))
	fmt.Printf("openaivet version devel openaivet buildID=%x\n", h.Sum(nil))
	return 0
}

// enablesCheck reports whether the go vet flags name a check to run
// (-safetyid, -safetyid=true), which runs only the checks named.
func enablesCheck(args []string) bool {
	for _, arg := range args {
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !strings.HasPrefix(arg, "-") || !slices.Contains(config.Checks, name) {
			continue
		}
		if on, err := strconv.ParseBool(value); !hasValue || err == nil && on {
			return true
		}
	}
	return false
}

// namesCheck reports whether the go vet flags turn a check on or off.
func namesCheck(args []string) bool {
	for _, arg := range args {
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if strings.HasPrefix(arg, "-") && slices.Contains(config.Checks, name) {
			return true
		}
	}
	return false
}
