// Package analyzers lists every openaivet check, in one place, for the
// command, the golangci-lint plugin and the generated docs.
package analyzers

import (
	"github.com/openaivet/openaivet/analyzers/apikey"
	"github.com/openaivet/openaivet/analyzers/directive"
	"github.com/openaivet/openaivet/analyzers/inputlimit"
	"github.com/openaivet/openaivet/analyzers/maxtokens"
	"github.com/openaivet/openaivet/analyzers/moderation"
	"github.com/openaivet/openaivet/analyzers/outputsink"
	"github.com/openaivet/openaivet/analyzers/promptinject"
	"github.com/openaivet/openaivet/analyzers/safetyid"
	"github.com/openaivet/openaivet/analyzers/unhashedid"
	"github.com/openaivet/openaivet/internal/checkdoc"
	"golang.org/x/tools/go/analysis"
	"honnef.co/go/tools/analysis/lint"
)

// All returns every check with its documentation, sorted by name.
func All() []*lint.Analyzer {
	return []*lint.Analyzer{
		checkdoc.Analyzer(apikey.Analyzer, apikey.Doc),
		checkdoc.Analyzer(inputlimit.Analyzer, inputlimit.Doc),
		checkdoc.Analyzer(maxtokens.Analyzer, maxtokens.Doc),
		checkdoc.Analyzer(moderation.Analyzer, moderation.Doc),
		checkdoc.Analyzer(outputsink.Analyzer, outputsink.Doc),
		checkdoc.Analyzer(promptinject.Analyzer, promptinject.Doc),
		checkdoc.Analyzer(safetyid.Analyzer, safetyid.Doc),
		checkdoc.Analyzer(unhashedid.Analyzer, unhashedid.Doc),
	}
}

// Examples returns the examples of a check's finding on each client
// beside openai-go, for its page.
func Examples(check string) []checkdoc.Example {
	return examples[check]
}

var examples = map[string][]checkdoc.Example{
	apikey.Analyzer.Name:       apikey.Examples,
	inputlimit.Analyzer.Name:   inputlimit.Examples,
	maxtokens.Analyzer.Name:    maxtokens.Examples,
	moderation.Analyzer.Name:   moderation.Examples,
	outputsink.Analyzer.Name:   outputsink.Examples,
	promptinject.Analyzer.Name: promptinject.Examples,
	safetyid.Analyzer.Name:     safetyid.Examples,
	unhashedid.Analyzer.Name:   unhashedid.Examples,
}

// Directive returns the analyzer that reports suppression directives that
// cannot work, with its documentation. It is not a check: it runs beside
// whichever checks run, and choosing checks does not turn it off.
func Directive() *lint.Analyzer {
	return checkdoc.Analyzer(directive.Analyzer, directive.Doc)
}

// Analyzers returns every analyzer a driver runs, as plain go/analysis
// analyzers: the checks, and the directive analyzer last.
func Analyzers() []*analysis.Analyzer {
	var as []*analysis.Analyzer
	for _, a := range All() {
		as = append(as, a.Analyzer)
	}
	return append(as, directive.Analyzer)
}
