package main

import (
	"fmt"
	"os"
	"runtime/pprof"
	"slices"
	"strings"

	"github.com/openaivet/openaivet/analyzers"
	"github.com/openaivet/openaivet/internal/config"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// profile runs the checks in this one process, through x/tools' checker,
// with a CPU profile written to file: under go vet, each package is
// analyzed in a process of its own, which ends before a profile could be
// written. It prints the findings as the checker does, as plain text, and
// returns the exit status.
func profile(vetArgs []string, file string, patterns []string) int {
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Tests: true, BuildFlags: buildFlags(vetArgs)}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 2
	}
	if packages.PrintErrors(pkgs) > 0 {
		return 1 // a package that does not compile, as go vet reports it
	}
	f, err := os.Create(file)
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 2
	}
	defer f.Close()
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 2
	}
	graph, err := checker.Analyze(checkerAnalyzers(vetArgs), pkgs, nil)
	pprof.StopCPUProfile()
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 2
	}
	var found strings.Builder
	if err := graph.PrintText(&found, -1); err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 2
	}
	fmt.Fprint(os.Stderr, found.String())
	if found.Len() > 0 {
		return 1
	}
	return 0
}

// checkerAnalyzers returns the analyzers that go vet's -NAME flags among
// vetArgs choose (the directive analyzer among them), or all of them. The
// options need no passing on: the command's flags set them in this
// process.
func checkerAnalyzers(vetArgs []string) []*analysis.Analyzer {
	all := analyzers.Analyzers()
	chosen := slices.DeleteFunc(slices.Clone(all), func(a *analysis.Analyzer) bool {
		return !slices.Contains(vetArgs, "-"+a.Name)
	})
	if len(chosen) == 0 {
		return all
	}
	config.ChecksChosenByCaller()
	return chosen
}
