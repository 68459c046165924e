package main

import (
	"os"
	"strings"

	"github.com/openaivet/openaivet/analyzers"
	"golang.org/x/tools/go/analysis/multichecker"
)

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
