package taint

import (
	"fmt"
	"go/types"
	"slices"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// resultAnalyzer prints the engine's whole result, so that the testdata
// says what it resolves: each flow of input into a request at the call
// that carries it (with its labels), each model output reaching a sink,
// each input stored into a token bound, and each function's summary.
var resultAnalyzer = &analysis.Analyzer{
	Name:     "result",
	Doc:      "print what the taint engine resolves",
	Requires: []*analysis.Analyzer{Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[Analyzer].(*Result)
		for _, f := range res.Flows {
			pass.Reportf(f.At, "%s", describeFlow(f))
		}
		for _, o := range res.Outputs {
			pass.Reportf(o.Sink, "output of %s reaches %s", o.What, o.Kind)
		}
		for _, b := range res.Bounds {
			msg := "bound from " + b.What
			if b.Clamped {
				msg += fmt.Sprintf(", clamped<=%d", b.Limit)
			}
			pass.Reportf(b.Pos, "%s", msg)
		}
		for fn, sum := range res.Summaries {
			pass.Reportf(fn.Pos(), "summary %s", describeSummary(fn, sum))
		}
		return nil, nil
	},
}

// describeFlow says where a flow's input comes from, which request it
// reaches and through what, and what holds of it on the way.
func describeFlow(f Flow) string {
	var labels []string
	for _, l := range []struct {
		holds bool
		name  string
	}{{f.System, "system"}, {f.Allowlisted, "allowlisted"}, {f.Bounded, "bounded"}, {f.Moderated, "moderated"}} {
		if l.holds {
			labels = append(labels, l.name)
		}
	}
	what := f.What
	if f.ReadAt != "" {
		what += " (" + f.ReadAt + ")"
	}
	msg := fmt.Sprintf("flow from %s to %s", what, target(f))
	if len(labels) > 0 {
		msg += " [" + strings.Join(labels, " ") + "]"
	}
	return msg
}

// describeSummary prints a summary with what its requests' parameters
// carry.
func describeSummary(fn *types.Func, sum *Summary) string {
	out := sum.String()
	for _, r := range sum.Requests {
		out += fmt.Sprintf(" request %d to %s", r.Param, r.Endpoint)
		if r.System {
			out += " system"
		}
		if len(r.SystemFields) > 0 {
			out += fmt.Sprintf(" system-fields%v", r.SystemFields)
		}
		if r.Bounded {
			out += " bounded"
		}
		if r.Moderated {
			out += " moderated"
		}
	}
	for _, s := range sum.Sinks {
		out += fmt.Sprintf(" sink %d to %s", s.Param, s.Kind)
	}
	return out
}

// TestResult runs the engine over code that exercises each way a value
// travels, and checks all it resolves.
func TestResult(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	analysistest.Run(t, dir, resultAnalyzer, "./dump/...")
}

// TestInjected follows input from a handler package, through an interface
// it is given, to the implementation of another package that main wires
// to it: the handler's InputCalls fact and the implementation's Summary
// fact meet at the conversion in main.
func TestInjected(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	analysistest.Run(t, dir, Analyzer, "./inject/handler", "./inject/llm", "./inject/rpc", "./inject/factory", "./inject/helper", "./inject/stanza")
	analysistest.Run(t, dir, resultAnalyzer, "./inject/server", "./inject/rpcserver", "./inject/front", "./inject/deskserver")
}

// TestEach holds the checks to one diagnostic per call: of the flows
// through a call, the first that a check cares about.
func TestEach(t *testing.T) {
	res := &Result{Flows: []Flow{
		{At: 10, What: "a", Bounded: true},
		{At: 10, What: "b"},
		{At: 10, What: "c"},
		{At: 20, What: "d", Bounded: true},
		{At: 30, Source: 5, What: "e", Endpoint: "chat completion", Through: "llm.Ask"},
	}}
	var got []string
	for _, f := range res.Each(func(f Flow) bool { return !f.Bounded }) {
		got = append(got, f.What)
	}
	if want := []string{"b", "e"}; !slices.Equal(got, want) {
		t.Errorf("Each(unbounded) = %v, want %v", got, want)
	}
	f := res.Flows[4]
	if got, want := f.Input(), "user input from e"; got != want {
		t.Errorf("Input() = %q, want %q", got, want)
	}
	for what, want := range map[string]string{
		`r.FormValue("persona")`:                                `user input from r.FormValue("persona")`,
		"ApplicationCommandInteractionDataOption.StringValue()": "user input from …StringValue()",
		"a description of thirty-one runes":                     "user input from …ption of thirty-one runes",
	} {
		if got := (Flow{What: what}).Input(); got != want {
			t.Errorf("Input() of %q = %q, want %q", what, got, want)
		}
	}
	if d := f.Diagnostic("m"); d.Pos != 30 || d.Message != "m" || len(d.Related) != 1 {
		t.Errorf("Diagnostic() = %+v", d)
	}
}

// target names a flow's request in the dumps the tests compare: "this chat
// completion request", or "a chat completion request sent by llm.Ask".
func target(f Flow) string {
	if f.Through != "" {
		article := "a"
		if f.Endpoint != "" && strings.ContainsRune("aeiou", rune(f.Endpoint[0])) {
			article = "an"
		}
		return fmt.Sprintf("%s %s request sent by %s", article, f.Endpoint, f.Through)
	}
	return fmt.Sprintf("this %s request", f.Endpoint)
}
