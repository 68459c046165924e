// Package report is how every check reports: one place decides which
// diagnostics reach the user, so the checks behave alike.
package report

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
)

// Report reports d unless it falls in a generated file, which its authors
// cannot fix by hand.
func Report(pass *analysis.Pass, d analysis.Diagnostic) {
	for _, f := range pass.Files {
		if f.FileStart <= d.Pos && d.Pos <= f.FileEnd {
			if ast.IsGenerated(f) {
				return
			}
			break
		}
	}
	pass.Report(d)
}
