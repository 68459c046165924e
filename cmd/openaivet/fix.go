package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/openaivet/openaivet/analyzers"
	"github.com/openaivet/openaivet/internal/config"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
)

// fix applies the suggested fixes through x/tools' checker, which merges
// the edits of all checks, formats the files it changes, and with -diff
// prints a patch instead of writing.
func fix(args []string) int {
	checks, rest, err := takeChecks(args)
	if err != nil {
		fmt.Fprintln(os.Stderr, "openaivet:", err)
		return 2
	}
	if !hasFlag(rest, "fix") {
		rest = append([]string{"-fix"}, rest...)
	}
	os.Args = append([]string{os.Args[0]}, rest...)
	multichecker.Main(checks...)
	return 0 // not reached: Main exits
}

// takeChecks removes -checks from args, which multichecker does not know,
// and returns the analyzers it selects: a comma-separated list of check
// names, "all", or names prefixed with "-" to leave out.
func takeChecks(args []string) ([]*analysis.Analyzer, []string, error) {
	all := analyzers.Analyzers()
	var list string
	var rest []string
	for i := 0; i < len(args); i++ {
		name, value, hasValue := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
		if !strings.HasPrefix(args[i], "-") || name != "checks" {
			rest = append(rest, args[i])
			continue
		}
		if !hasValue {
			if i+1 == len(args) {
				return nil, nil, fmt.Errorf("flag needs an argument: -checks")
			}
			i++
			value = args[i]
		}
		list = value
	}
	if list == "" {
		return all, rest, nil
	}
	config.ChecksChosenByCaller()
	selected, err := config.SelectChecks(strings.Split(list, ","))
	if err != nil {
		return nil, nil, fmt.Errorf("-checks: %v", err)
	}
	var checks []*analysis.Analyzer
	for _, a := range all {
		if selected[a.Name] {
			checks = append(checks, a)
		}
	}
	return checks, rest, nil
}
