package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/openaivet/openaivet/analyzers"
	"golang.org/x/tools/go/analysis/multichecker"
)

// fix has go vet apply the suggested fixes, or with diff print them as a
// unified diff. The go command merges the edits of all checks and
// packages and formats the files it changes.
func fix(vetArgs []string, diff bool, packages []string) int {
	args := append(vetArgs, "-fix")
	if diff {
		args = append(args, "-diff")
	}
	stdout, stderr, code, err := goVet(append(args, packages...))
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 1
	}
	os.Stdout.Write(stdout)
	os.Stderr.Write(stderr)
	if diff && code == 1 && len(stderr) == 0 {
		// go vet -diff fails when there is a diff to show; showing it
		// is what was asked.
		return 0
	}
	return code
}

// profile runs the checks in this one process, through x/tools' checker,
// with a CPU profile written to file: under go vet, each package is
// analyzed in a process of its own, which ends before a profile could be
// written. It prints the findings as the checker does.
func profile(vetArgs []string, file string, packages []string) int {
	args := []string{os.Args[0], "-cpuprofile", file}
	for _, arg := range vetArgs {
		if tags, ok := strings.CutPrefix(arg, "-tags="); ok {
			// The checker loads packages as the go command would, with
			// GOFLAGS; its own -tags flag does nothing.
			os.Setenv("GOFLAGS", strings.TrimSpace(os.Getenv("GOFLAGS")+" -tags="+tags))
			continue
		}
		args = append(args, arg)
	}
	os.Args = append(args, packages...)
	multichecker.Main(analyzers.Analyzers()...)
	return 0 // not reached: Main exits
}
