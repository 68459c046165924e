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

// givenFlows analyzes the package again for the requests through the
// models that each function of given is given, with those requests taken
// for OpenAI's beside the package's own: what reaches them is the
// package's to report where a caller gives an OpenAI model (package
// givenmodel). Flows the package has already, into its own requests,
// are left out.
func givenFlows(pass *analysis.Pass, cfg *config.Config, fns []*ssa.Function, own, given []*openaiapi.Request, known *Result) []Given {
	var order []*types.Func
	byFunc := make(map[*types.Func][]*openaiapi.Request)
	for _, req := range given {
		fn := req.GivenBy()
		if byFunc[fn] == nil {
			order = append(order, fn)
		}
		byFunc[fn] = append(byFunc[fn], req)
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
	var out []Given
	for _, fn := range order {
		e := newEngine(pass, cfg, requestCalls(slices.Concat(own, byFunc[fn])))
		e.fns = fns
		e.linkChans()
		res := e.analyze()
		res.Flows = withoutRepeats(res.Flows)
		res.Flows = slices.DeleteFunc(res.Flows, func(f Flow) bool { return knownFlows[flowKey{f.At, f.Source, f.Through}] })
		res.Outputs = slices.DeleteFunc(res.Outputs, func(o OutputFlow) bool { return knownOutputs[outputKey{o.Response, o.Sink}] })
		res.sort()
		out = append(out, Given{Func: fn, Result: res})
	}
	return out
}
