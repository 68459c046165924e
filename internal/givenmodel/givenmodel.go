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
	"maps"
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

// Elsewhere is the fact, on a package, of what one check reports on what
// flows through functions of other packages into requests through the
// model those functions' callers give, by the full name of the function
// that is given the model: a handler that passes what a user sends to a
// service's method.
type Elsewhere[Check any] struct {
	List map[string][]Finding
}

func (*Elsewhere[Check]) AFact() {}

func (e *Elsewhere[Check]) String() string {
	var out []string
	for _, name := range slices.Sorted(maps.Keys(e.List)) {
		for _, f := range e.List[name] {
			out = append(out, name+"@"+f.At)
		}
	}
	return "givenElsewhere(" + strings.Join(out, " ") + ")"
}

// Facts returns the fact types of a check that reports through this
// package.
func Facts[C any]() []analysis.Fact {
	return []analysis.Fact{new(Findings[C]), new(Elsewhere[C])}
}

// Check runs check on each request of res.Given, and reports what it
// finds at the calls that give the model (see divert).
func Check[C any](pass *analysis.Pass, res *openaiapi.Result, check func(*analysis.Pass, *openaiapi.Request)) {
	var given []*types.Func
	for _, req := range res.Given {
		if fn := req.GivenBy(); !slices.Contains(given, fn) {
			given = append(given, fn)
		}
	}
	divert[C](pass, res, len(given), func(i int) (*types.Func, string) { return given[i], given[i].FullName() }, func(i int) {
		for _, req := range res.Given {
			if req.GivenBy() == given[i] {
				check(pass, req)
			}
		}
	})
}

// flows runs check on what flows into the requests through each given
// model (taint.Result.Given), and reports what it finds at the calls
// that give the model (see divert).
func flows[C any](pass *analysis.Pass, res *openaiapi.Result, given []taint.Given, check func(*analysis.Pass, *taint.Result)) {
	divert[C](pass, res, len(given), func(i int) (*types.Func, string) { return given[i].Func, given[i].Name }, func(i int) { check(pass, given[i].Result) })
}

// FlowCheck returns the Run of a dataflow check: check on the package's
// flows, then on those into the requests through given models (see
// flows). The check's analyzer requires openaiapi's and taint's.
func FlowCheck[C any](check func(*analysis.Pass, *taint.Result)) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[taint.Analyzer].(*taint.Result)
		check(pass, res)
		flows[C](pass, pass.ResultOf[openaiapi.Analyzer].(*openaiapi.Result), res.Given, check)
		return nil, nil
	}
}

// divert runs check for each of n models given to a function (named by
// given: the function, when it is of this package, and its full name),
// keeping what it reports as the function's Findings, or, for another
// package's function, as the package's Elsewhere. It reports, at each of
// res.Wirings, what was found for the function it calls, here or in the
// packages it imports.
func divert[C any](pass *analysis.Pass, res *openaiapi.Result, n int, given func(int) (*types.Func, string), check func(int)) {
	elsewhere := make(map[string][]Finding)
	for i := range n {
		var found []Finding
		report.Divert(pass, func(d analysis.Diagnostic) {
			found = append(found, Finding{At: astutil.ShortPosition(pass, d.Pos), Message: d.Message})
		}, func() { check(i) })
		switch fn, name := given(i); {
		case len(found) == 0:
		case fn != nil:
			pass.ExportObjectFact(fn, &Findings[C]{List: found})
		default:
			elsewhere[name] = append(elsewhere[name], found...)
		}
	}
	if len(elsewhere) > 0 {
		pass.ExportPackageFact(&Elsewhere[C]{List: elsewhere})
	}
	if len(res.Wirings) == 0 {
		return
	}
	for _, fact := range pass.AllPackageFacts() {
		if e, ok := fact.Fact.(*Elsewhere[C]); ok && fact.Package != pass.Pkg {
			for name, found := range e.List {
				elsewhere[name] = append(elsewhere[name], found...)
			}
		}
	}
	for _, w := range res.Wirings {
		var f Findings[C]
		pass.ImportObjectFact(w.Func, &f)
		for _, finding := range slices.Concat(f.List, elsewhere[w.Func.FullName()]) {
			pass.Report(analysis.Diagnostic{
				Pos:     w.Call.Pos(),
				End:     w.Call.Fun.End(),
				Message: fmt.Sprintf("%s (at %s, through this model)", finding.Message, finding.At),
			})
		}
	}
}
