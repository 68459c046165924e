package taint

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/openaivet/openaivet/internal/config"
	"github.com/openaivet/openaivet/internal/openaiapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Analyzer finds the flows of user input into requests, and of model
// output into sinks. It exports a Summary fact for each function that
// returns what it is given or sends it to the model, so that a handler in
// one package calling a wrapper in another is followed.
var Analyzer = &analysis.Analyzer{
	Name:       "taint",
	Doc:        "follow user input to the prompts of requests to the OpenAI API",
	URL:        "https://github.com/openaivet/openaivet/tree/main/internal/taint",
	Requires:   []*analysis.Analyzer{openaiapi.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(Summary), new(GivenSummaries), new(InjectedCalls), new(Implementations), new(Middleware)},
}

// Summary is the fact of what a function does with its parameters.
type Summary struct {
	// Returns lists the parameters its result carries.
	Returns []Effect
	// Requests lists the parameters it sends to the model.
	Requests []Effect
	// Verdicts lists the parameters it moderates, with the result that
	// says when one was flagged.
	Verdicts []Verdict
	// Sinks lists the parameters it runs, queries, renders, opens or
	// fetches.
	Sinks []SinkEffect
	// Validates lists the parameters whose length it checks, with the
	// result that says the check passed.
	Validates []Validation
	// Approves lists the results that have a value only when a person
	// approved going on (a y/N question on the terminal): a boolean's
	// true, or a constant of the program's own (a choice Run of an enum).
	Approves []Yes
	// Outputs lists the model output its results carry: the output of
	// requests it makes, or of functions it calls that return some.
	Outputs []Output
	// Forwards lists the parameters it passes on through interfaces,
	// or function-valued fields, its package has no implementation of.
	Forwards []Forward
	// Relays lists the calls through such interfaces or fields whose
	// results its results carry: a model's output, when what is wired
	// there returns one (a service that returns its client's answer).
	Relays []OutputCall
}

// Yes is a function's result that has Value only on a person's yes.
type Yes struct {
	Result int
	// Value is the constant's exact text: true, 1, "run".
	Value string
}

func (y Yes) String() string {
	if y.Value == "true" {
		return fmt.Sprint(y.Result)
	}
	return fmt.Sprintf("%d==%s", y.Result, y.Value)
}

// Output is a model's output that a function returns.
type Output struct {
	// What names the request, as messages do ("chat completion
	// request"); At is where it is, as dir/file:line text: positions of
	// another package are no token.Pos a later pass can use.
	What, At string
}

// Validation is how a function reports that a parameter is bounded in
// length: whenever its result number Result is a nil error, or true, the
// parameter passed a length check (a validation helper).
type Validation struct {
	Param, Result int
}

// SinkEffect is a parameter that reaches a sink.
type SinkEffect struct {
	Param int
	Kind  SinkKind
}

// Verdict is how a function reports the moderation of a parameter: its
// result number Result is a non-nil error (Error) or true when the
// parameter was flagged, or, for a boolean that says the input is clean
// (Clean), false.
type Verdict struct {
	Param, Result int
	Error, Clean  bool
}

// Effect is what becomes of a parameter on its way through a function.
type Effect struct {
	Param    int
	Endpoint string // the request it reaches, for Requests
	// Kind is what that request's endpoint does.
	Kind openaiapi.Kind
	// It is placed in a system prompt, checked against fixed values,
	// bounded in length, or moderated on every way.
	System, Allowlisted, Bounded, Moderated bool
	// OtherProvider holds when the request may go to another
	// provider's API (see openaiapi.Request.OtherProvider).
	OtherProvider bool
	// Limit is the most a bounded parameter can be, when a constant says
	// (0 when unknown); BoundIf lists the parameters the bound depends
	// on: it holds only when the caller passes values there that carry
	// no input (clamp(n, lo, hi) bounds n by hi).
	Limit   int64
	BoundIf []int
	// SystemFields, for a struct parameter, are the fields placed in a
	// system part of the prompt.
	SystemFields []int
}

func (*Summary) AFact() {}

func (s *Summary) String() string {
	var verdicts []int
	for _, v := range s.Verdicts {
		verdicts = append(verdicts, v.Param)
	}
	out := fmt.Sprintf("taint(returns=%v requests=%v verdicts=%v", params(s.Returns), params(s.Requests), verdicts)
	for _, e := range s.Returns {
		if e.Bounded {
			out += fmt.Sprintf(" bounds=%d", e.Param)
			if e.Limit != 0 {
				out += fmt.Sprintf("<=%d", e.Limit)
			}
			if len(e.BoundIf) > 0 {
				out += fmt.Sprintf("if%v", e.BoundIf)
			}
		}
	}
	for _, v := range s.Validates {
		out += fmt.Sprintf(" validates=%d:%d", v.Param, v.Result)
	}
	if len(s.Approves) > 0 {
		out += fmt.Sprintf(" approves=%v", s.Approves)
	}
	for _, f := range s.Forwards {
		out += fmt.Sprintf(" forwards=%d->%s.%s:%d", f.Param, f.To.Interface, f.To.Method, f.To.Param)
	}
	for _, r := range s.Relays {
		out += fmt.Sprintf(" relays=%s.%s", r.Interface, r.Method)
	}
	for _, o := range s.Outputs {
		out += fmt.Sprintf(" output=%s", o.At)
	}
	return out + ")"
}

func params(effects []Effect) []int {
	var ps []int
	for _, e := range effects {
		ps = append(ps, e.Param)
	}
	return ps
}

// Result lists the flows found in a package.
type Result struct {
	Flows   []Flow
	Outputs []OutputFlow
	Bounds  []BoundFlow
	// Summaries holds the Summary fact exported for each function that
	// has one.
	Summaries map[*types.Func]*Summary
	// Given holds the flows into the requests through a model that a
	// function's callers give (openaiapi.Result.Given), and the outputs of
	// those requests, by the function.
	Given []Given
}

// Given is what flows into the requests through the model that the
// callers of the function Name give: the package's flows if the model is
// OpenAI's. Func is the function when it is of this package.
type Given struct {
	Func *types.Func
	Name string
	*Result
}

// BoundFlow is user input stored into a request's output token bound.
type BoundFlow struct {
	Pos    token.Pos // the store into the bound
	Source token.Pos
	What   string
	// Clamped reports that every way the input took clamped it, to at
	// most Limit when a constant says (0 when unknown).
	Clamped bool
	Limit   int64
}

// OutputFlow is model output reaching a sink unreviewed.
type OutputFlow struct {
	// Response is the request call whose output it is, and What names it.
	Response token.Pos
	What     string
	// Sink is where it arrives, and Kind what the sink does with it.
	Sink token.Pos
	Kind SinkKind
	// Func is the function the sink is in.
	Func token.Pos
	// Origin, when the output does not come from a request at Response
	// (a call of another package's function returns it, or a method
	// wired in there), says where it comes from.
	Origin string
}

// Flow is user input reaching a request's prompt.
type Flow struct {
	// At is the call that carries the input toward the model: the
	// request itself, or the call into a wrapper that sends it; Endpoint
	// names the request.
	At, AtEnd token.Pos
	Endpoint  string
	// Kind is what the endpoint does.
	Kind openaiapi.Kind
	// Through names the wrapper At calls, when the request is not made
	// there.
	Through string
	// Source is where the input is read, and What the code that reads it.
	// ReadAt says where, as file:line, for input read in another package
	// (inject.go), which has no Source here.
	Source token.Pos
	What   string
	ReadAt string
	// System reports that the input enters a part of the prompt the model
	// treats as authoritative (a system or developer message, the
	// instructions), at SystemPos when the syntax says where.
	System    bool
	SystemPos token.Pos
	// Allowlisted reports that every way to the prompt checks the input
	// against fixed values first; Bounded, that every way bounds its
	// length (an allowlisted value is bounded too).
	Allowlisted bool
	Bounded     bool
	// Moderated reports that the input passed a moderation verdict on
	// every way to the request, or that the request has the API refuse
	// flagged input.
	Moderated bool
	// OtherProvider holds when the request may go to another
	// provider's API than OpenAI's (see openaiapi.Request.OtherProvider).
	OtherProvider bool
	// boundIf, in a summary, holds the parameters the bound depends on;
	// systemParts, the fields of a struct parameter placed in a system
	// part of the prompt.
	boundIf, systemParts uint64
	// wrapper is where the function Through names is, when it is one of
	// the package.
	wrapper span
}

// ssaBuilds counts the packages whose SSA form was built, so tests can hold
// the promise that other packages cost nothing.
var ssaBuilds atomic.Int64

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[openaiapi.Analyzer].(*openaiapi.Result)
	if openaiapi.IsClientPackage(pass.Pkg.Path()) {
		return &Result{}, nil
	}
	// A mistake in the configuration is the checks' to report: each
	// check that runs says what it is, which a prerequisite's error would
	// hide.
	cfg, err := config.For(pass)
	if err != nil {
		cfg = new(config.Config)
	}
	imported := importedCalls(pass)
	givenElsewhere := givenNames(pass)
	if len(res.Requests) == 0 && len(res.Given) == 0 && len(givenElsewhere) == 0 && !callsWrapper(pass, cfg) && !passesInputToInterfaces(pass, cfg) && !sinksInterfaceResults(pass, cfg) && !wrapsSink(pass, cfg) && !wiresInjected(pass, imported) && !wiresImplementations(pass) && !callsWiredElsewhere(pass) && !asksTerminal(pass) && !declaresBodyLimit(pass) {
		passOn(pass, InjectedCalls{}, imported)
		exportConstructors(pass)
		if methods := layerMethods(pass); len(methods) > 0 {
			layer(pass, cfg, methods)
		}
		return &Result{}, nil // nothing here reaches the model
	}
	fns := buildSSA(pass)
	e := newEngine(pass, cfg, requestCalls(res.Requests))
	e.fns = fns
	e.linkChans()
	out := e.analyze()
	for _, fn := range fns {
		if obj, ok := fn.Object().(*types.Func); ok && obj.Pkg() == pass.Pkg {
			if sum := e.summary(fn); sum != nil && !sum.empty() {
				pass.ExportObjectFact(obj, &sum.Summary)
				if out.Summaries == nil {
					out.Summaries = make(map[*types.Func]*Summary)
				}
				out.Summaries[obj] = &sum.Summary
			}
		}
	}
	flows, outputs, rest := e.injectedFlows(imported)
	out.Flows = append(withoutRepeats(out.Flows), flows...)
	out.Outputs = append(out.Outputs, outputs...)
	passOn(pass, e.injected, rest)
	if impls := e.implementations(nil); len(impls) > 0 {
		pass.ExportPackageFact(&Implementations{List: impls})
	}
	e.exportMiddleware()
	out.Bounds = e.bounds
	out.sort()
	out.Given = givenFlows(pass, cfg, fns, res.Requests, res.Given, givenElsewhere, out)
	return out, nil
}

// requestCalls returns the requests made at each call, by the position
// of its opening parenthesis.
func requestCalls(reqs []*openaiapi.Request) map[token.Pos]*openaiapi.Request {
	calls := make(map[token.Pos]*openaiapi.Request)
	for _, req := range reqs {
		if req.Sender != nil {
			// A call of a function that sends the params it is given:
			// the function's summary holds its request, and the call is
			// followed through it, not taken for a second request.
			continue
		}
		calls[req.Call.Lparen] = req
	}
	return calls
}

// analyze finds the flows of the package's functions into the engine's
// requests.
func (e *engine) analyze() *Result {
	out := new(Result)
	// What is sent on a channel, or stored in a field that functions
	// share, reaches its readers in functions analyzed before the writer:
	// while writes add something, analyze the package again (a few times
	// at most; most packages share nothing), with summaries that read the
	// places anew.
	for range 4 {
		changes := e.sharedChanges
		out.Flows, out.Outputs, e.bounds, e.injected = nil, nil, nil, InjectedCalls{}
		for _, fn := range e.fns {
			flows, outputs := e.flows(fn)
			out.Flows = append(out.Flows, flows...)
			out.Outputs = append(out.Outputs, outputs...)
		}
		if e.sharedChanges == changes {
			break
		}
		clear(e.summaries)
	}
	return out
}

func (r *Result) sort() {
	slices.SortFunc(r.Outputs, func(a, b OutputFlow) int { return int(a.Sink - b.Sink) })
	slices.SortFunc(r.Bounds, func(a, b BoundFlow) int { return int(a.Pos - b.Pos) })
}

// layer summarizes the methods by which a package may be a layer between
// a handler and the model (layerMethods): a service that passes what it
// is given on to the model client it keeps. Nothing else of it needs
// analysis, which keeps the package's cost near that of building its SSA.
func layer(pass *analysis.Pass, cfg *config.Config, methods []*types.Func) {
	e := newEngine(pass, cfg, nil)
	e.fns = buildSSA(pass)
	prog := e.fns[0].Prog
	layered := make(map[*types.Func]bool)
	for _, obj := range methods {
		if sum := e.summary(prog.FuncValue(obj)); sum != nil && (len(sum.Forwards) > 0 || len(sum.Relays) > 0) {
			pass.ExportObjectFact(obj, &sum.Summary)
			layered[obj] = true
		}
	}
	// A constructor that returns the layer as an interface wires it there:
	// main sees only the constructor's call.
	if len(layered) == 0 {
		return
	}
	if impls := e.implementations(layered); len(impls) > 0 {
		pass.ExportPackageFact(&Implementations{List: impls})
	}
}

// empty reports whether a summary says nothing a caller can use.
func (s *Summary) empty() bool {
	return len(s.Returns) == 0 && len(s.Requests) == 0 && len(s.Verdicts) == 0 && len(s.Sinks) == 0 && len(s.Validates) == 0 && len(s.Approves) == 0 && len(s.Outputs) == 0 && len(s.Forwards) == 0 && len(s.Relays) == 0
}

// passOn exports a package's InjectedCalls: its own calls, and those of
// the packages it imports that it does not complete. go vet and
// golangci-lint give a package only the facts of packages its types
// reach, and a package that builds the handlers (routes.Mux(a Answerer)
// http.Handler) may hide their package from main, which wires them. No
// package imports a main package: it passes nothing on.
func passOn(pass *analysis.Pass, own, rest InjectedCalls) {
	if pass.Pkg.Name() != "main" {
		own.Inputs = append(own.Inputs, rest.Inputs...)
		own.Outputs = append(own.Outputs, rest.Outputs...)
	}
	if len(own.Inputs) > 0 || len(own.Outputs) > 0 {
		pass.ExportPackageFact(&own)
	}
}

// buildSSA builds the SSA form of the package's functions, the function
// literals within them included.
func buildSSA(pass *analysis.Pass) []*ssa.Function {
	ssaBuilds.Add(1)
	prog := ssa.NewProgram(pass.Fset, 0)
	// The builder needs the direct imports alone; it creates what it uses
	// of the others on demand. Creating every dependency, as buildssa
	// does, costs more than building the package: a member for each
	// declaration of openai-go and the standard library.
	for _, p := range pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	pkg.Build()

	var fns []*ssa.Function
	var add func(*ssa.Function)
	add = func(fn *ssa.Function) {
		if fn == nil || fn.Blocks == nil {
			return
		}
		fns = append(fns, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	// In the order of the source, so that what the package exports and
	// reports is the same on every run.
	members := slices.SortedFunc(maps.Values(pkg.Members), func(a, b ssa.Member) int {
		return cmp.Or(cmp.Compare(a.Pos(), b.Pos()), strings.Compare(a.Name(), b.Name()))
	})
	for _, mem := range members {
		switch mem := mem.(type) {
		case *ssa.Function:
			add(mem)
		case *ssa.Type:
			for _, t := range []types.Type{mem.Type(), types.NewPointer(mem.Type())} {
				mset := prog.MethodSets.MethodSet(t)
				for i := range mset.Len() {
					if fn := prog.MethodValue(mset.At(i)); fn != nil && fn.Pkg == pkg && fn.Synthetic == "" {
						add(fn)
					}
				}
			}
		}
	}
	return dedupe(fns)
}

func dedupe(fns []*ssa.Function) []*ssa.Function {
	seen := make(map[*ssa.Function]bool)
	out := fns[:0]
	for _, fn := range fns {
		if !seen[fn] {
			seen[fn] = true
			out = append(out, fn)
		}
	}
	return out
}

// withoutRepeats drops the flows into wrappers of the package whose input
// the package's flows already follow to a request in the wrapper itself:
// input stored in a field the wrapper reads reaches the wrapper's request
// through the field (shared.go), and the call into the wrapper repeats it.
func withoutRepeats(flows []Flow) []Flow {
	direct := make(map[token.Pos][]token.Pos) // requests each source reaches
	for _, f := range flows {
		if f.Through == "" {
			direct[f.Source] = append(direct[f.Source], f.At)
		}
	}
	return slices.DeleteFunc(flows, func(f Flow) bool {
		return f.Through != "" && slices.ContainsFunc(direct[f.Source], f.wrapper.contains)
	})
}

// Each returns, for each call that carries input toward the model, the
// first flow through it that holds pred: a check reports once for each,
// naming the first source. A wiring completes each call of another
// package through what it fills (Through names the call): each is a
// call of its own, reported at the wiring.
func (r *Result) Each(pred func(Flow) bool) []Flow {
	type call struct {
		at      token.Pos
		through string
	}
	var flows []Flow
	seen := make(map[call]bool)
	for _, f := range r.Flows {
		if c := (call{f.At, f.Through}); !seen[c] && pred(f) {
			seen[c] = true
			flows = append(flows, f)
		}
	}
	return flows
}

// callsWrapper reports whether the package calls a function of another
// package that sends what it is given to the model, or one that the
// project's configuration names as a wrapper, or, in a function that uses
// a sink, one that returns the model's output.
func callsWrapper(pass *analysis.Pass, cfg *config.Config) bool {
	if usesPromptField(pass, cfg) {
		return true
	}
	for _, obj := range pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() == nil {
			continue
		}
		if cfg.Prompts.Has(fn) {
			return true
		}
		if fn.Pkg() == pass.Pkg {
			continue
		}
		var sum Summary
		if pass.ImportObjectFact(fn, &sum) && len(sum.Requests) > 0 {
			return true
		}
	}
	// A function that calls one that returns a model's output, and uses a
	// sink: a package that acts on none of the output it is returned costs
	// nothing (see the package documentation).
	return sinksResultOf(pass, cfg, func(call *ast.CallExpr) bool {
		fn := calleeOf(pass.TypesInfo, call)
		if fn == nil || fn.Pkg() == nil || fn.Pkg() == pass.Pkg {
			return false
		}
		var sum Summary
		return pass.ImportObjectFact(fn, &sum) && len(sum.Outputs) > 0
	})
}

// Input names the flow's input for a message: user input from
// r.FormValue("q"). A long description keeps its end, from a dot on
// (…StringValue()), so that a message fits on a line; the finding's
// position and its related one show the rest.
func (f Flow) Input() string {
	const most = 26
	what := []rune(f.What)
	if len(what) > most {
		tail := string(what[len(what)-most+1:])
		if i := strings.IndexByte(tail, '.'); i >= 0 && i < len(tail)-1 {
			tail = tail[i+1:]
		}
		return "user input from …" + tail
	}
	return "user input from " + f.What
}

// Context is what a message adds, after its headline, about a flow found
// across packages, which has no related position to show where the input
// is read and how it reaches the request: " (read at web/web.go:17; sent
// by chat.Send (wired here as ...))". It is empty for the others.
func (f Flow) Context() string {
	if f.ReadAt == "" {
		return ""
	}
	return fmt.Sprintf(" (read at %s; sent by %s)", f.ReadAt, f.Through)
}

// Diagnostic returns a diagnostic at the call that carries the flow's
// input toward the model, pointing at where the input is read.
func (f Flow) Diagnostic(message string) analysis.Diagnostic {
	d := analysis.Diagnostic{Pos: f.At, End: f.AtEnd, Message: message}
	if f.Source.IsValid() { // not in another package (inject.go)
		d.Related = []analysis.RelatedInformation{{Pos: f.Source, Message: "user input is read here"}}
	}
	return d
}
