package taint

import (
	"go/token"
	"go/types"
	"slices"

	"github.com/openaivet/openaivet/internal/config"
	"github.com/openaivet/openaivet/internal/openaiapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// GivenSummaries is the fact of what a function does with its parameters
// if the models that other functions' callers give are OpenAI's
// (openaiapi.Result.Given): a service method that prompts the model its
// constructor was given, or a handler that calls it.
type GivenSummaries struct {
	List []GivenSummary
}

// GivenSummary is the function's summary if the model that Given's
// callers give is OpenAI's. Given is that function's full name.
type GivenSummary struct {
	Given   string
	Summary Summary
}

func (*GivenSummaries) AFact() {}

func (g *GivenSummaries) String() string {
	out := "givenSummaries("
	for i, s := range g.List {
		if i > 0 {
			out += " "
		}
		out += s.Given + ":" + s.Summary.String()
	}
	return out + ")"
}

// of returns the summary if given's model is OpenAI's, if one differs
// from the function's Summary.
func (g *GivenSummaries) of(given string) (Summary, bool) {
	for _, s := range g.List {
		if s.Given == given {
			return s.Summary, true
		}
	}
	return Summary{}, false
}

// givenNames returns the functions whose callers give a model that the
// package's calls of other packages' functions reach (a GivenSummaries
// fact says so), by their full names.
func givenNames(pass *analysis.Pass) []string {
	var names []string
	for _, obj := range pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg() == pass.Pkg {
			continue
		}
		var fact GivenSummaries
		if pass.ImportObjectFact(fn, &fact) {
			for _, s := range fact.List {
				if !slices.Contains(names, s.Given) {
					names = append(names, s.Given)
				}
			}
		}
	}
	slices.Sort(names)
	return names
}

// givenFlows analyzes the package again for each function whose callers
// give a model: one of the package's (its requests through the model are
// given), or of another package that the package's calls reach (named
// by imported), with those requests taken for OpenAI's beside the
// package's own. What reaches them is the package's to report where a
// caller gives an OpenAI model (package givenmodel), and what the
// package's functions then do is exported as their GivenSummaries. Flows
// the package has already, into its own requests, are left out.
func givenFlows(pass *analysis.Pass, cfg *config.Config, fns []*ssa.Function, own, given []*openaiapi.Request, imported []string, known *Result) []Given {
	var out []Given
	byFunc := make(map[*types.Func][]*openaiapi.Request)
	for _, req := range given {
		fn := req.GivenBy()
		if byFunc[fn] == nil {
			out = append(out, Given{Func: fn, Name: fn.FullName()})
		}
		byFunc[fn] = append(byFunc[fn], req)
	}
	for _, name := range imported {
		out = append(out, Given{Name: name})
	}
	type flowKey struct {
		at, source token.Pos
		through    string
	}
	type outputKey struct{ response, sink token.Pos }
	knownFlows := make(map[flowKey]bool)
	for _, f := range known.Flows {
		knownFlows[flowKey{f.At, f.Source, f.Through}] = true
	}
	knownOutputs := make(map[outputKey]bool)
	for _, o := range known.Outputs {
		knownOutputs[outputKey{o.Response, o.Sink}] = true
	}
	summaries := make(map[*types.Func]*GivenSummaries)
	var order []*types.Func
	for i, g := range out {
		e := newEngine(pass, cfg, requestCalls(slices.Concat(own, byFunc[g.Func])))
		e.given = g.Name
		e.fns = fns
		e.linkChans()
		res := e.analyze()
		res.Flows = slices.DeleteFunc(withoutRepeats(res.Flows), func(f Flow) bool { return knownFlows[flowKey{f.At, f.Source, f.Through}] })
		res.Outputs = slices.DeleteFunc(res.Outputs, func(o OutputFlow) bool { return knownOutputs[outputKey{o.Response, o.Sink}] })
		res.sort()
		out[i].Result = res
		for _, fn := range fns {
			obj, ok := fn.Object().(*types.Func)
			if !ok || obj.Pkg() != pass.Pkg {
				continue
			}
			sum := e.summary(fn)
			if sum == nil || !sum.reachesMore(known.Summaries[obj]) {
				continue
			}
			if summaries[obj] == nil {
				summaries[obj] = new(GivenSummaries)
				order = append(order, obj)
			}
			summaries[obj].List = append(summaries[obj].List, GivenSummary{Given: g.Name, Summary: sum.Summary})
		}
	}
	for _, obj := range order {
		pass.ExportObjectFact(obj, summaries[obj])
	}
	return out
}

// reachesMore reports whether s sends more to the model, or returns more
// of its output, than known does.
func (s *summary) reachesMore(known *Summary) bool {
	if known == nil {
		known = new(Summary)
	}
	return len(s.Requests) > len(known.Requests) || len(s.Outputs) > len(known.Outputs)
}
