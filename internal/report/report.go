// Package report is how every check reports: one place decides which
// diagnostics reach the user, so the checks behave alike.
package report

import (
	"go/ast"

	"github.com/openaivet/openaivet/internal/astutil"

	"golang.org/x/tools/go/analysis"
)

// Report reports d unless it falls in a generated file, which its authors
// cannot fix by hand.
func Report(pass *analysis.Pass, d analysis.Diagnostic) {
	if f := astutil.FileOf(pass.Files, d.Pos); f != nil && ast.IsGenerated(f) {
		return
	}
	pass.Report(d)
}
