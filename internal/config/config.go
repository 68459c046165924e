// Package config is a project's .openaivet.yml: which checks run, their
// options, the project's own sources, prompts, sinks, sanitizers and
// key-taking functions (named as package names spells them), whether the
// program's operator is trusted, and the paths whose findings are
// dropped.
//
// The checks read it themselves, from the nearest file in or above each
// package's directory, so the command, go vet, golangci-lint and nogo all
// honour the same file. What is given on the command line (or in
// golangci-lint's settings) wins over the file; the file wins over the
// defaults.
package config

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/openaivet/openaivet/internal/names"
	"golang.org/x/tools/go/analysis"
)

// FileName is the name of the configuration file.
const FileName = ".openaivet.yml"

// Checks are the names of every check. analyzers.All lists the checks
// themselves; a test there keeps the two lists equal.
var Checks = []string{"apikey", "inputlimit", "maxtokens", "moderation", "outputsink", "promptinject", "safetyid", "unhashedid"}

// Config is the configuration that applies to a package.
type Config struct {
	// File is the file it was read from, "" when there is none.
	File string
	// checks are the checks to run; nil runs them all.
	checks map[string]bool
	// options hold the values the file gives the checks' options, by
	// check and option name, as written.
	options map[string]map[string]string
	// Sources are the functions and methods whose results, and the
	// fields whose values, are user input.
	Sources names.Set
	// Prompts are the functions and methods that send their arguments,
	// and the fields whose values are sent, to a model as prompt text.
	Prompts names.Set
	// Sinks are the functions, methods and fields that must not receive
	// unreviewed model output.
	Sinks names.Set
	// Sanitizers are the functions and methods whose results, and the
	// fields whose values, are safe to use anywhere.
	Sanitizers names.Set
	// Keys are the functions and methods whose string arguments are API
	// keys.
	Keys names.Set
	// OperatorUntrusted is set when the program serves people other than
	// the one who runs it, so that what its operator gives it (its
	// command-line arguments, standard input, files named on the command
	// line) is untrusted input like a request's.
	OperatorUntrusted bool
	// Forks are the forks of client libraries that the program uses, by
	// module path, and the module path of the library each forks:
	// openaivet reads a fork as the library.
	Forks map[string]string
	// exclude are the patterns of the paths, relative to the file's
	// directory, whose findings are dropped.
	exclude []string
}

// commandLineChecks is set when the checks to run were chosen on the
// command line or in golangci-lint's settings, which win over the file.
var commandLineChecks atomic.Bool

// ChecksChosenByCaller records that the driver chose the checks to run, so
// the file's checks list no longer applies.
func ChecksChosenByCaller() { commandLineChecks.Store(true) }

// Runs reports whether the check runs on the package.
func (c *Config) Runs(check string) bool {
	return c.checks == nil || commandLineChecks.Load() || c.checks[check]
}

// Excluded reports whether findings in the file are dropped.
func (c *Config) Excluded(filename string) bool {
	if c.File == "" || len(c.exclude) == 0 {
		return false
	}
	rel, err := filepath.Rel(filepath.Dir(c.File), filename)
	if err != nil || strings.HasPrefix(rel, "..") {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, pattern := range c.exclude {
		if matchPath(pattern, rel) {
			return true
		}
	}
	return false
}

// loaded caches the configuration of each directory, since every check
// asks for it for every package.
var loaded sync.Map // directory → loadResult

type loadResult struct {
	cfg *Config
	err error
}

// For returns the configuration of the package that pass analyzes.
func For(pass *analysis.Pass) (*Config, error) {
	for _, f := range pass.Files {
		// Through //line directives: cgo's generated files name the
		// source they come from.
		if name := pass.Fset.Position(f.Package).Filename; filepath.IsAbs(name) {
			return Find(filepath.Dir(name))
		}
	}
	return new(Config), nil
}

// Find returns the configuration in dir's nearest .openaivet.yml, in dir
// or above it; with none, the defaults.
func Find(dir string) (*Config, error) {
	if r, ok := loaded.Load(dir); ok {
		return r.(loadResult).cfg, r.(loadResult).err
	}
	var r loadResult
	path := filepath.Join(dir, FileName)
	if _, err := os.Stat(path); err == nil {
		if r.cfg, r.err = Load(path); r.err == nil {
			declare(r.cfg.Forks)
		}
	} else if parent := filepath.Dir(dir); parent != dir {
		r.cfg, r.err = Find(parent)
	} else {
		r.cfg = new(Config)
	}
	loaded.Store(dir, r)
	return r.cfg, r.err
}

// Files finds the configuration files a run from dir can use: those in
// dir and its parents, and those below it, skipping the directories the go
// command ignores and version control's.
func Files(dir string) []string {
	var files []string
	for d := dir; ; d = filepath.Dir(d) {
		if path := filepath.Join(d, FileName); isFile(path) {
			files = append(files, path)
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return nil // unreadable: the go command will say so if it matters
		case e.IsDir() && path != dir && skipDir(e.Name()):
			return filepath.SkipDir
		case !e.IsDir() && e.Name() == FileName && filepath.Dir(path) != dir:
			files = append(files, path)
		}
		return nil
	})
	return files
}

// Fingerprint writes the names and contents of the configuration files to
// h: what a cache of the checks' results must be keyed on besides the
// code, since the files change what the checks report.
func Fingerprint(files []string, h io.Writer) {
	for _, path := range files {
		data, _ := os.ReadFile(path)
		io.WriteString(h, path+"\x00")
		h.Write(data)
		io.WriteString(h, "\x00")
	}
}

// Preload reads the configuration files (see Files), for a driver that
// analyzes many packages in one process: the forks they declare then
// apply to every package from the start (see ForkOf). A mistake in a file
// is left for the checks of the packages it applies to, which report it.
func Preload(files []string) {
	for _, file := range files {
		Find(filepath.Dir(file))
	}
}

func skipDir(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "node_modules"
}

func isFile(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}
