// Package givenmodel reports a check's findings on the requests that a
// package sends through a model its callers give, at the calls that give
// it an OpenAI model.
//
// A service package that keeps the llms.Model or the eino chat model its
// exported constructor is given cannot tell, on its own, whether the
// model is OpenAI's: main makes it. The package's openaiapi result lists
// those requests (Result.Given), and taint's result the flows into them
// (taint.Result.Given); the check runs on them as if the model were
// OpenAI's, and what it would report travels as a fact on the function
// that is given the model. A package that calls that function with an
// OpenAI model (Result.Wirings) reports each finding there, naming the
// finding's position, since a position of another package cannot be
// reported. Findings suppressed where they are stay suppressed.
package givenmodel

import (
	"fmt"
	"go/types"
	"slices"
	"strings"

	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/openaiapi"
	"github.com/openaivet/openaivet/internal/report"
	"github.com/openaivet/openaivet/internal/taint"
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

// Check runs check on each request of res.Given, and reports what it
// finds at the calls that give the model (see divert).
func Check[C any](pass *analysis.Pass, res *openaiapi.Result, check func(*analysis.Pass, *openaiapi.Request)) {
	var fns []*types.Func
	for _, req := range res.Given {
		if fn := req.GivenBy(); !slices.Contains(fns, fn) {
			fns = append(fns, fn)
		}
	}
	divert[C](pass, res, fns, func(fn *types.Func) {
		for _, req := range res.Given {
			if req.GivenBy() == fn {
				check(pass, req)
			}
		}
	})
}

// Flows runs check on the flows into each function's given requests
// (taint.Result.Given), and reports what it finds at the calls that give
// the model (see divert).
func Flows[C any](pass *analysis.Pass, res *openaiapi.Result, given []taint.Given, check func(*analysis.Pass, *taint.Result)) {
	fns := make([]*types.Func, len(given))
	for i, g := range given {
		fns[i] = g.Func
	}
	divert[C](pass, res, fns, func(fn *types.Func) {
		for _, g := range given {
			if g.Func == fn {
				check(pass, g.Result)
			}
		}
	})
}

// divert runs check for each of fns, exporting what it reports as the
// Findings of the function, and reports, at each of res.Wirings, the
// Findings of the function it calls.
func divert[C any](pass *analysis.Pass, res *openaiapi.Result, fns []*types.Func, check func(*types.Func)) {
	for _, fn := range fns {
		var found []Finding
		report.Divert(pass, func(d analysis.Diagnostic) {
			found = append(found, Finding{At: astutil.ShortPosition(pass.Fset, d.Pos), Message: d.Message})
		}, func() { check(fn) })
		if len(found) > 0 {
			pass.ExportObjectFact(fn, &Findings[C]{List: found})
		}
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
