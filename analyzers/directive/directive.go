// Package directive defines an Analyzer that reports suppression
// directives that cannot work: //openaivet:ignore and staticcheck's
// //lint:ignore comments that name no check, name a check that does not
// exist, or give no reason.
//
// It is not one of the checks: it runs beside whichever checks run, in
// every way openaivet runs (the command, go vet, golangci-lint, nogo), so
// that a misspelt directive, which silences nothing, is reported once and
// under its own name. Each check reports, itself, the directives naming
// it that match none of its findings.
package directive

import (
	"github.com/openaivet/openaivet/internal/checkdoc"
	"github.com/openaivet/openaivet/internal/report"
	"golang.org/x/tools/go/analysis"
	"honnef.co/go/tools/analysis/lint"
)

// Doc is the analyzer's documentation.
var Doc = &lint.RawDocumentation{
	Title: "Suppression directives must name checks and give a reason",
	Text: `A finding is silenced by a comment on its line or the line above it:
\'//openaivet:ignore CHECK[,CHECK] reason\', \'//openaivet:file-ignore CHECK reason\'
for the whole file, or staticcheck's \'//lint:ignore\' and \'//lint:file-ignore\'
naming openaivet's checks. A directive that names no check, names a check
that does not exist (a misspelling) or gives no reason silences nothing,
and this reports it, whichever checks run. A directive that matches no
finding of the check it names is reported by that check.`,
	Before: `//openaivet:ignore safetyId`,
	After:  `//openaivet:ignore safetyid the token endpoint is rate limited per IP instead`,
}

// Analyzer is the directive analyzer.
var Analyzer = &analysis.Analyzer{
	Name: "directive",
	Doc:  checkdoc.Text(Doc),
	URL:  checkdoc.URL("directive"),
	Run:  report.CheckDirectives,
}
