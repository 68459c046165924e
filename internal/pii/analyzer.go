package pii

import (
	"reflect"

	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/openaiapi"
	"golang.org/x/tools/go/analysis"
)

// Analyzer summarizes what personal data the functions of a package return
// and exports the summaries as facts, so that a check sees personal data
// through calls into other packages. Its result is the package's
// *Classifier, which the checks that ask about personal data share.
var Analyzer = &analysis.Analyzer{
	Name:       "pii",
	Doc:        "summarize what personal data the functions of a package return",
	URL:        "https://github.com/openaivet/openaivet/tree/main/internal/pii",
	Run:        run,
	ResultType: reflect.TypeFor[*Classifier](),
	FactTypes:  []analysis.Fact{new(Summary)},
}

func run(pass *analysis.Pass) (any, error) {
	c := newClassifier(pass)
	// The client libraries' code is not the user's, and what the standard
	// library does with personal data is in this package's tables:
	// summarizing either would cost every run for nothing.
	if !openaiapi.IsClientPackage(pass.Pkg.Path()) && !astutil.IsStandard(pass.Pkg.Path()) {
		c.exportFacts()
	}
	return c, nil
}
