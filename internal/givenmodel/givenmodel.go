// Package givenmodel reports a check's findings on the requests that a
// package sends through a model its callers give, at the calls that give
// it an OpenAI model.
//
// A service package that keeps the llms.Model or the eino chat model its
// exported constructor is given cannot tell, on its own, whether the
// model is OpenAI's: main makes it. The package's openaiapi result lists
// those requests (Result.Given) and the check runs on them as if the model
// were OpenAI's; what it would report travels as a fact on the function
// that is given the model. A package that calls that function with an
// OpenAI model (Result.Wirings) reports each finding there, naming the
// request's position, since a position of another package cannot be
// reported. Findings suppressed where the request is stay suppressed.
package givenmodel

import (
	"fmt"
	"go/types"
	"strings"

	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/openaiapi"
	"github.com/openaivet/openaivet/internal/report"
	"golang.org/x/tools/go/analysis"
)

// Findings is the fact, on a function whose callers give the model its
// requests go through, of what one check reports on those requests.
// Check is a type of the check's own: each check declares a fact type of
// its own, Findings[its type].
type Findings[Check any] struct {
	List []Finding
}

func (*Findings[Check]) AFact() {}

func (f *Findings[Check]) String() string {
	at := make([]string, len(f.List))
	for i, finding := range f.List {
		at[i] = finding.At
	}
	return "givenFindings(" + strings.Join(at, " ") + ")"
}

// A Finding is one diagnostic on a request, its position as text.
type Finding struct {
	At, Message string
}

// Check runs check on each request of res.Given, exporting what it
// reports as the Findings of the function that is given the model, and
// reports, at each of res.Wirings, the Findings of the function it calls.
func Check[C any](pass *analysis.Pass, res *openaiapi.Result, check func(*analysis.Pass, *openaiapi.Request)) {
	var order []*types.Func
	found := make(map[*types.Func][]Finding)
	for _, req := range res.Given {
		fn := req.GivenBy()
		report.Divert(pass, func(d analysis.Diagnostic) {
			if _, seen := found[fn]; !seen {
				order = append(order, fn)
			}
			found[fn] = append(found[fn], Finding{At: astutil.ShortPosition(pass.Fset, d.Pos), Message: d.Message})
		}, func() { check(pass, req) })
	}
	for _, fn := range order {
		pass.ExportObjectFact(fn, &Findings[C]{List: found[fn]})
	}
	for _, w := range res.Wirings {
		var f Findings[C]
		if !pass.ImportObjectFact(w.Func, &f) {
			continue
		}
		for _, finding := range f.List {
			pass.Report(analysis.Diagnostic{
				Pos:     w.Call.Pos(),
				End:     w.Call.Fun.End(),
				Message: fmt.Sprintf("%s (at %s, through the OpenAI model passed here)", finding.Message, finding.At),
			})
		}
	}
}
