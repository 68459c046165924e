package taint

import (
	"fmt"
	"github.com/openaivet/openaivet/internal/astutil"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"golang.org/x/tools/go/analysis"
	"slices"

	"github.com/openaivet/openaivet/internal/config"
	"github.com/openaivet/openaivet/internal/names"
	"github.com/openaivet/openaivet/internal/openaiapi"
	"golang.org/x/tools/go/ssa"
)

// state is the taint of one function's values and memory.
type state struct {
	engine *engine
	fn     *ssa.Function
	values map[ssa.Value]taint
	// memory holds the taint of what is stored in an allocation, a global
	// or anything else a pointer is rooted at, fields and elements
	// together.
	memory  map[ssa.Value]taint
	changed bool
	guards  *guards
	// outputs are where model output reaches sinks, by instruction.
	outputs map[ssa.Instruction]OutputFlow
	// wrapped are the flows into wrappers, by the call that passes input
	// to one.
	wrapped map[ssa.Instruction][]Flow
	// bounds are user input stored unclamped into a token bound, by store.
	bounds map[ssa.Instruction]BoundFlow
	// paramSinks are the parameters that reach sinks, in a summary.
	paramSinks []SinkEffect
	// bodyLimits are the stores that bound a request's body in the
	// function.
	bodyLimits []bodyLimit
	// entry is what holds of the requests the function serves before it
	// runs: what the middleware it is registered behind did.
	entry entryGuards
	// reads names what each source read, for moderation done by
	// middleware (middleware.go).
	reads map[token.Pos]string
	// writes are the function's stores and sends into places other
	// functions read, by instruction, and places what it wrote into
	// each such place (shared.go).
	writes map[ssa.Instruction][]sharedWrite
	places map[any]taint
	// inputCalls are the calls through interfaces the package has no
	// implementation of, with what each goes through as it was found
	// (the arguments they pass are read from the call), and outputCalls
	// those whose results reach sinks (inject.go).
	inputCalls  map[ssa.CallInstruction]injectedTarget
	outputCalls []OutputCall
	// forwarded is what the function passes to functions of the package
	// that pass it on through such interfaces (forwards), by call and
	// forward.
	forwarded map[forwardSite]taint
	// summarizing holds while the state computes a summary.
	summarizing bool
}

// entryGuards is what the middleware a handler is registered behind did to
// every request before the handler sees it.
type entryGuards struct {
	// bodyBounded holds when the body was bounded (http.MaxBytesReader).
	bodyBounded bool
	// moderated holds the reads whose input passed a moderation verdict:
	// "body" for the body, or a keyed read such as FormValue:q.
	moderated map[string]bool
}

// engine analyzes the functions of one package.
type engine struct {
	pass  *analysis.Pass
	cfg   *config.Config
	calls map[token.Pos]*openaiapi.Request
	// fills are the calls that fill a chat template in, whose system
	// messages read some of the values (openaiapi.TemplateFill).
	fills map[token.Pos]*openaiapi.TemplateFill
	// bodies are the program's structs that the package's requests send
	// as their bodies (plain net/http), whose setting fields carry no
	// prompt text, as a client library's do not.
	bodies map[*types.Struct]bool
	// given names the function whose callers' model is taken for
	// OpenAI's, when the engine analyzes the package for one (given.go).
	given string
	// summaries say what each function of the package does with its
	// parameters; a nil entry is one being summarized.
	summaries map[*ssa.Function]*summary
	// bounds found so far in the package.
	bounds []BoundFlow
	// captured is what enclosing functions capture into closures' free
	// variables; an enclosing function is analyzed before its closures.
	captured map[*ssa.FreeVar]taint
	// calls by the position of their opening parenthesis, on demand: SSA
	// knows a call by that position only.
	callExprs map[token.Pos]*ast.CallExpr
	// sources is what the package's sources need to know of it, on
	// demand (sources.go).
	sources *packageSources
	// called are the functions the package calls by name (calledHere).
	called map[*ssa.Function]bool
	// fns are the package's functions.
	fns []*ssa.Function
	// handlers holds what middleware did before each handler, on demand
	// (middleware.go).
	handlers *handlerEntries
	// shells holds the fields that keep a shell or its standard input,
	// on demand (shell.go).
	shells *shellFields
	// chans holds what is sent on each channel, by where it lives;
	// chanAlias joins places that hold the same channel, bindings the
	// free variables of closures to what they capture (channels.go).
	chans     map[chanKey]taint
	chanAlias map[chanKey]chanKey
	bindings  map[*ssa.FreeVar]ssa.Value
	// fields holds what is stored into the fields and variables that
	// functions share (shared.go), and what iterators yield to the
	// variables of range loops' bodies; sharedChanges counts the stores and
	// sends that added something to them or to a channel.
	fields        map[any]taint
	sharedChanges int
	// funcs is what the package's function values may be, on demand
	// (dispatch.go).
	funcs *funcValues
	// injected is the package's InjectedCalls fact (inject.go).
	injected InjectedCalls
	// callers holds, for each declared function of the package, those
	// that call it (see makers); nil until asked for.
	callers map[*ssa.Function][]*ssa.Function
	// elsewhere holds the implementations imported packages wire, by
	// what they fill (implement.go); wired, the package's own wirings
	// (inject.go).
	elsewhere map[string][]Implementation
	wired     *wirings
	// paramFields holds, for a field, the parameters the package's
	// functions store into it, and paramStores the other way round, on
	// demand (holders.go).
	paramFields, paramStores map[Holder][]Holder
}

// callExpr returns the call whose opening parenthesis is at lparen.
func (e *engine) callExpr(lparen token.Pos) *ast.CallExpr {
	if e.callExprs == nil {
		e.callExprs = make(map[token.Pos]*ast.CallExpr)
		for _, f := range e.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					e.callExprs[call.Lparen] = call
				}
				return true
			})
		}
	}
	return e.callExprs[lparen]
}

// summary is what a function does with its parameters: the Summary that
// other packages learn as a fact, and the input or output the function
// reads itself and returns (a helper that reads a form value, or asks the
// model), which only its own package can place.
type summary struct {
	Summary
	returns taint
	// body is where the function is, for a function of the package,
	// whose own flows the package follows too.
	body span
}

// span is where a function is in the source.
type span struct{ start, end token.Pos }

func (sp span) contains(pos token.Pos) bool { return sp.start <= pos && pos < sp.end }

func newEngine(pass *analysis.Pass, cfg *config.Config, calls map[token.Pos]*openaiapi.Request) *engine {
	fills := make(map[token.Pos]*openaiapi.TemplateFill)
	if res, ok := pass.ResultOf[openaiapi.Analyzer].(*openaiapi.Result); ok {
		for _, f := range res.Fills {
			fills[f.Call.Lparen] = f
		}
	}
	bodies := make(map[*types.Struct]bool)
	for _, req := range calls {
		if req.Params == nil || openaiapi.IsClientPackage(req.Params.Obj().Pkg().Path()) {
			continue
		}
		if st, ok := req.Params.Underlying().(*types.Struct); ok {
			bodies[st] = true
		}
	}
	return &engine{pass: pass, cfg: cfg, calls: calls, fills: fills, bodies: bodies, summaries: make(map[*ssa.Function]*summary), captured: make(map[*ssa.FreeVar]taint)}
}

func (e *engine) newState(fn *ssa.Function) *state {
	s := &state{
		engine:     e,
		fn:         fn,
		values:     make(map[ssa.Value]taint),
		memory:     make(map[ssa.Value]taint),
		bodyLimits: bodyLimits(fn),
		wrapped:    make(map[ssa.Instruction][]Flow),
	}
	s.guards = newGuards(fn, s.validations, s.approval)
	// A closure sees what its enclosing function captured for it.
	for _, fv := range fn.FreeVars {
		if t := e.captured[fv]; len(t) > 0 {
			s.values[fv] = t
			s.memory[fv] = t
		}
	}
	return s
}

// run computes the taint of every value of the function.
func (s *state) run() {
	// Loops and phis need a fixed point; labels only grow, so it comes.
	for range 10 {
		s.changed = false
		for _, b := range s.fn.Blocks {
			for _, instr := range b.Instrs {
				s.step(instr)
			}
		}
		if !s.changed {
			break
		}
	}
}

// summary computes what fn does with its parameters, by running it with
// each parameter standing for a source of its own.
func (e *engine) summary(fn *ssa.Function) *summary {
	if sum, done := e.summaries[fn]; done {
		return sum
	}
	e.summaries[fn] = nil // a recursive call returns nothing known
	s := e.newState(fn)
	s.summarizing = true
	for i, p := range fn.Params {
		s.values[p] = taint{{source: token.Pos(-1 - i), what: p.Name()}}
	}
	// A function literal's free variables are parameters its maker
	// passes where it makes it: they follow the ones it is called with.
	for j, fv := range fn.FreeVars {
		t := taint{{source: token.Pos(-1 - len(fn.Params) - j), what: fv.Name()}}
		s.values[fv], s.memory[fv] = t, t
	}
	s.run()
	sum := new(summary)
	if syntax := fn.Syntax(); syntax != nil {
		sum.body = span{syntax.Pos(), syntax.End()}
	}
	var returned taint // what every return gives back, joined
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			for _, r := range ret.Results {
				returned = join(returned, s.use(r, b))
			}
		}
	}
	for _, l := range returned {
		if l.source < 0 {
			sum.Returns = append(sum.Returns, effectOf(l))
			continue
		}
		sum.returns = join(sum.returns, taint{l})
		if l.output && !l.allowlisted && l.through != nil {
			sum.Relays = appendRelay(sum.Relays, s.relayOf(l.through))
		}
		if l.output && !l.allowlisted && l.through == nil {
			at := l.at
			if at == "" {
				at = e.position(l.source)
			}
			sum.Outputs = append(sum.Outputs, Output{What: l.what, At: at})
		}
	}
	sum.Forwards = s.forwards()
	sum.Verdicts = s.verdicts()
	sum.Validates = s.validates()
	sum.Approves = s.approvesResults()
	for _, se := range s.paramSinks {
		if !slices.Contains(sum.Sinks, se) {
			sum.Sinks = append(sum.Sinks, se)
		}
	}
	for _, f := range s.requestFlows() {
		if f.Source < 0 {
			param := int(-1 - f.Source)
			// A parameter with parts (ChatPrompt{System, User}) is one
			// label: which part reached the system message, the summary
			// cannot say, so it does not say the caller's input did.
			// Text a caller placed in a system message itself carries
			// that in its own label.
			// The fields of one that did, it can: the caller knows
			// what it put in them.
			t := paramType(fn, param)
			system := f.System && t != nil && isText(t)
			sum.Requests = append(sum.Requests, Effect{
				Param: param, Endpoint: f.Endpoint, Kind: f.Kind,
				System: system, Bounded: f.Bounded, Allowlisted: f.Allowlisted, Moderated: f.Moderated,
				OtherProvider: f.OtherProvider,
				BoundIf:       paramsOf(f.boundIf), SystemFields: paramsOf(f.systemParts),
			})
		}
	}
	e.summaries[fn] = sum
	return sum
}

// effectOf describes what happens to parameter l on its way.
func effectOf(l label) Effect {
	e := Effect{Param: int(-1 - l.source), System: l.system, Bounded: l.bounded, Allowlisted: l.allowlisted}
	if l.bounded {
		e.Limit, e.BoundIf = l.limit, paramsOf(l.boundIf)
	}
	return e
}

// flows finds the user input that fn sends to requests, directly or
// through wrappers, and the model output it sends to sinks.
func (e *engine) flows(fn *ssa.Function) ([]Flow, []OutputFlow) {
	s := e.newState(fn)
	s.requestParams() // a gRPC method's request
	s.handlerParams() // an XMPP handler's stanza
	s.entry = e.entryOf(fn)
	for _, p := range fn.Params {
		s.values[p] = join(s.values[p], e.fields[p]) // a loop body's variables (dispatch.go)
	}
	s.run()
	s.publish()
	e.injected.Inputs = append(e.injected.Inputs, s.exportedCalls()...)
	e.injected.Outputs = append(e.injected.Outputs, s.outputCalls...)
	var flows []Flow
	for _, f := range s.requestFlows() {
		if f.Source >= 0 {
			flows = append(flows, f)
		}
	}
	var outputs []OutputFlow
	for _, o := range s.outputs {
		outputs = append(outputs, o)
	}
	for _, bf := range s.bounds {
		if bf.Source >= 0 {
			e.bounds = append(e.bounds, bf)
		}
	}
	return flows, outputs
}

// requestFlows lists the input that reaches the function's requests, and
// its calls into wrappers that send what they are given.
func (s *state) requestFlows() []Flow {
	mods := s.moderations(s.engine.calls)
	var flows []Flow
	for _, b := range s.fn.Blocks {
		for _, instr := range b.Instrs {
			for _, f := range s.wrapped[instr] {
				f.Moderated = f.Moderated || s.moderated(mods, f.Source, b)
				flows = append(flows, f)
			}
			call, ok := instr.(*ssa.Call)
			if !ok {
				continue
			}
			req := s.engine.calls[call.Pos()]
			if req == nil || req.Endpoint.Kind == openaiapi.Moderation {
				continue // moderating input is not prompting with it
			}
			var t taint
			for _, arg := range call.Common().Args {
				if types.Identical(arg.Type(), req.Payload()) {
					t = join(t, s.use(arg, b))
				}
			}
			if recv, _, _ := callParts(call.Common()); recv != nil && req.PromptInReceiver() {
				t = join(t, s.use(recv, b)) // the prompt's definition
			}
			if at, vars, promptIsInput := req.SystemTemplate(); at.IsValid() {
				t = join(t, inSystem(s.templateInput(call.Common(), req.Payload(), vars, promptIsInput, b), at))
			}
			blocked := req.ModeratesInput(s.engine.pass.TypesInfo)
			_, other := req.OtherProvider()
			for _, l := range t {
				if l.output || l.scalar {
					continue // the model's own output, or a number: not text from a user
				}
				flows = append(flows, Flow{
					At: req.Call.Pos(), AtEnd: req.Call.Fun.End(), Endpoint: req.Endpoint.Name, Kind: req.Endpoint.Kind,
					Source: l.source, What: l.what,
					System: l.system, SystemPos: l.systemPos,
					Allowlisted: l.allowlisted, Bounded: l.bounded || l.allowlisted,
					Moderated:     blocked || l.moderated || s.moderated(mods, l.source, b),
					OtherProvider: other,
					boundIf:       l.boundIf, systemParts: l.systemParts,
				})
			}
		}
	}
	return flows
}

func (s *state) setValue(v ssa.Value, t taint) {
	if len(t) == 0 {
		return
	}
	if isScalar(v.Type()) || isTime(v.Type()) {
		// A number, a boolean, a date or a time cannot carry text: model
		// output parsed into one is reviewed, and user input in one
		// matters only as a size.
		var scalars taint
		for _, l := range t {
			if !l.output {
				l.scalar = true
				scalars = append(scalars, l)
			}
		}
		t = scalars
		if len(t) == 0 {
			return
		}
	}
	if types.Identical(v.Type(), errorType) {
		// The error a request returns is the client's, not the model's
		// output; input may still be quoted in one.
		t = slices.DeleteFunc(slices.Clone(t), func(l label) bool { return l.output })
		if len(t) == 0 {
			return
		}
	}
	old := s.values[v]
	if n := join(old, t); !n.equal(old) {
		s.values[v] = n
		s.changed = true
	}
}

// setMemoryAt records what is written through addr: into the memory of
// its root, and, when it is a place functions share, into that place
// (shared.go).
func (s *state) setMemoryAt(addr ssa.Value, t taint) {
	if addr == nil || len(t) == 0 {
		return
	}
	s.setMemory(root(addr), t)
	s.setPlace(addr, t)
}

// setPlace records what is written through addr into the place functions
// share that it is, if it is one.
func (s *state) setPlace(addr ssa.Value, t taint) {
	if place := s.engine.sharedPlace(addr); place != nil && len(t) > 0 {
		old := s.places[place]
		if n := join(old, t); !n.equal(old) {
			if s.places == nil {
				s.places = make(map[any]taint)
			}
			s.places[place] = n
			s.changed = true
		}
	}
}

func (s *state) setMemory(root ssa.Value, t taint) {
	if len(t) == 0 || root == nil {
		return
	}
	old := s.memory[root]
	if n := join(old, t); !n.equal(old) {
		s.memory[root] = n
		s.changed = true
	}
}

// use returns the taint of v as used in block b: a pointer carries what
// its memory holds, and a check of v that guards b (against fixed values,
// or of its length) marks it allowlisted or bounded.
func (s *state) use(v ssa.Value, b *ssa.BasicBlock) taint {
	t := s.values[v]
	if refersToMemory(v.Type()) {
		r := root(v)
		t = join(t, join(s.memory[r], s.values[r]))
		if sl, ok := v.(*ssa.Slice); ok {
			// What a slice holds is its array's, but no more of it
			// than its bound: []rune(q)[:n].
			if ok, limit, boundIf := s.sliceBound(sl.High); ok {
				t = t.with(func(l *label) { l.bound(limit, boundIf) })
			}
		}
	}
	if len(t) == 0 {
		return t
	}
	allow := s.guards.allowlisted(v, b)
	short := s.guards.short.guards(s.fn, v, b, s.acceptLimit)
	if !allow && !short {
		return t
	}
	var limit int64
	var boundIf uint64
	if short {
		limit, boundIf = s.boundBy(s.guards.short.limits(v, b))
	}
	return t.with(func(l *label) {
		l.allowlisted = l.allowlisted || allow
		switch {
		case short:
			l.bound(limit, boundIf)
		case allow:
			l.bound(0, 0)
		}
	})
}

// root returns what a pointer points into: the allocation, global or
// parameter under its field and element addresses.
func root(p ssa.Value) ssa.Value {
	for {
		switch x := p.(type) {
		case *ssa.FieldAddr:
			p = x.X
		case *ssa.IndexAddr:
			p = x.X
		case *ssa.Slice:
			p = x.X
		case *ssa.ChangeType:
			p = x.X
		default:
			return p
		}
	}
}

func (s *state) step(instr ssa.Instruction) {
	b := instr.Block()
	switch in := instr.(type) {
	case *ssa.UnOp:
		if in.Op == token.MUL {
			if fa, ok := in.X.(*ssa.FieldAddr); ok && isRequestField(fa, "Body") && s.bodyBoundedAt(in, requestOf(fa.X)) {
				// A body replaced by a bounded reader is not the body
				// read before: it is new input, bounded.
				if l := sourceField(fa, false); l != nil {
					l.bound(0, 0)
					s.setValue(in, s.fromEntry(taint{*l}, fieldReads(fa)))
					return
				}
			}
			if t, ok := s.sourceLoad(in); ok { // configured fields, the operator's variables
				s.setValue(in, t)
				return
			}
			if l := sourceField(in.X, false); l != nil {
				if fa := in.X.(*ssa.FieldAddr); bodyFields[fieldName(fa)] && s.bodyBoundedAt(in, requestOf(fa.X)) {
					l.bound(0, 0)
				}
				s.setValue(in, s.fromEntry(taint{*l}, fieldReads(in.X.(*ssa.FieldAddr))))
				return
			}
			// What a tainted pointer points to is tainted too: the
			// fields of a response, of a decoder's state; and a field
			// that functions share holds what any of them stored.
			r := root(in.X)
			t := join(s.memoryAt(in.X), s.values[r])
			if fa, ok := in.X.(*ssa.FieldAddr); ok {
				t = s.partOf(t, fa.X, fa.Field)
			}
			s.setValue(in, join(t, s.engine.loadShared(in.X)))
			return
		}
		if in.Op == token.ARROW {
			// A receive gets what any send put on the channel.
			s.setValue(in, join(s.use(in.X, b), s.engine.received(s.engine.chanKeyOf(in.X))))
			return
		}
		s.setValue(in, s.use(in.X, b))
	case *ssa.Send:
		s.write(in, sharedWrite{place: s.engine.chanKeyOf(in.Chan), onChannel: true, value: in.X})
		s.setValue(in.Chan, s.use(in.X, b))
	case *ssa.Select:
		var t taint
		var sends []sharedWrite
		for _, st := range in.States {
			if st.Dir == types.SendOnly {
				sends = append(sends, sharedWrite{place: s.engine.chanKeyOf(st.Chan), onChannel: true, value: st.Send})
			} else {
				t = join(t, join(s.use(st.Chan, b), s.engine.received(s.engine.chanKeyOf(st.Chan))))
			}
		}
		s.write(in, sends...)
		s.setValue(in, t)
	case *ssa.BinOp:
		if in.Op == token.ADD {
			s.setValue(in, join(s.use(in.X, b), s.use(in.Y, b)))
		}
	case *ssa.Convert:
		s.setValue(in, s.use(in.X, b))
	case *ssa.ChangeType:
		if trustedConversion(in) {
			s.sink(in, HTMLSink, []ssa.Value{in.X})
		}
		s.setValue(in, s.use(in.X, b))
	case *ssa.MakeInterface:
		s.setValue(in, s.use(in.X, b))
	case *ssa.ChangeInterface:
		s.setValue(in, s.use(in.X, b))
	case *ssa.MultiConvert:
		s.setValue(in, s.use(in.X, b))
	case *ssa.SliceToArrayPointer:
		s.setValue(in, s.use(in.X, b))
	case *ssa.Slice:
		t := s.use(in.X, b)
		if ok, limit, boundIf := s.sliceBound(in.High); ok {
			t = t.with(func(l *label) { l.bound(limit, boundIf) }) // s[:n], s[:min(len(s), n)]
		}
		s.setValue(in, t)
	case *ssa.TypeAssert:
		s.setValue(in, s.use(in.X, b))
	case *ssa.Extract:
		if sel, ok := in.Tuple.(*ssa.Select); ok && in.Index >= 2 {
			// What a select's case receives comes from that case's
			// channel alone.
			s.setValue(in, s.selectReceived(sel, in.Index-2, b))
			return
		}
		s.setValue(in, s.use(in.Tuple, b))
	case *ssa.Field:
		if t, ok := s.sourceLoad(in); ok { // req.Body of a Lambda event
			s.setValue(in, t)
			return
		}
		s.setValue(in, s.partOf(s.use(in.X, b), in.X, in.Field))
	case *ssa.Index:
		s.setValue(in, s.use(in.X, b))
	case *ssa.Lookup:
		if !in.CommaOk {
			s.setValue(in, s.use(in.X, b))
		}
	case *ssa.Range:
		s.setValue(in, s.use(in.X, b))
	case *ssa.Next:
		s.setValue(in, s.use(in.Iter, b))
	case *ssa.Phi:
		var t taint
		for i, e := range in.Edges {
			// The value flows along the edge from the predecessor: a
			// check on that very edge guards it too.
			et := s.use(e, b.Preds[i])
			_, allow := s.guards.matched.on(e, edge{b.Preds[i], b}, nil)
			limit, short := s.guards.short.on(e, edge{b.Preds[i], b}, s.acceptLimit)
			if allow || short {
				bound, boundIf := int64(0), uint64(0)
				if short {
					bound, boundIf = s.boundBy([]ssa.Value{limit})
				}
				et = et.with(func(l *label) {
					l.allowlisted = l.allowlisted || allow
					l.bound(bound, boundIf)
				})
			}
			t = join(t, et)
		}
		s.setValue(in, t)
	case *ssa.Store:
		if kind, ok := s.storeSink(in); ok {
			s.sink(in, kind, []ssa.Value{in.Val}) // cmd.Args = ..., cmd.Stdin = ...
		}
		s.storeField(in) // configured prompt and sink fields
		if isBoundField(in.Addr) {
			s.bound(in, s.use(in.Val, b))
		}
		if s.engine.isSettingField(in.Addr) {
			return // a model name or a safety identifier is not prompt text
		}
		s.write(in, sharedWrite{place: s.engine.sharedPlace(in.Addr), value: in.Val})
		s.setMemoryAt(in.Addr, s.placed(in, s.roleStored(in, s.use(in.Val, b))))
	case *ssa.MapUpdate:
		s.write(in, sharedWrite{place: s.engine.sharedPlace(in.Map), value: in.Value})
		// A map kept where functions share it holds its values there:
		// its keys (a user's or a chat's ID) index it.
		value := s.mapPlaced(in, s.use(in.Value, b))
		s.setMemory(root(in.Map), join(s.use(in.Key, b), value))
		s.setPlace(in.Map, value)
	case *ssa.Call:
		s.call(in)
	case *ssa.Go:
		s.dispatch(in) // a goroutine gets its arguments as a call does
	case *ssa.Defer:
		s.dispatch(in)
	case *ssa.MakeClosure:
		if anon, ok := in.Fn.(*ssa.Function); ok {
			for i, binding := range in.Bindings {
				if i < len(anon.FreeVars) {
					fv := anon.FreeVars[i]
					s.engine.captured[fv] = join(s.engine.captured[fv], s.use(binding, b))
				}
			}
		}
	}
}

// selectReceived returns what the i-th receiving case of a select gets.
func (s *state) selectReceived(sel *ssa.Select, i int, b *ssa.BasicBlock) taint {
	for _, st := range sel.States {
		if st.Dir != types.RecvOnly {
			continue
		}
		if i == 0 {
			return join(s.use(st.Chan, b), s.engine.received(s.engine.chanKeyOf(st.Chan)))
		}
		i--
	}
	return nil
}

// placed marks a label stored into a system part of a prompt: the
// instructions of a request, or the content of a message whose role field
// says system or developer.
func (s *state) placed(store *ssa.Store, t taint) taint {
	fa, ok := store.Addr.(*ssa.FieldAddr)
	if !ok || len(t) == 0 {
		return t
	}
	st, field, ok := structField(fa)
	if !ok {
		return t
	}
	role, ok := openaiapi.PromptField(st, field)
	if !ok || role != openaiapi.SystemRole && !hasSystemRole(fa.X, st) {
		return t
	}
	return inSystem(t, store.Pos())
}

// mapPlaced marks a label stored into a system part of a prompt that a
// program writes as a map: under "instructions", or as the content of a
// message map whose role is a constant system or developer role.
func (s *state) mapPlaced(update *ssa.MapUpdate, t taint) taint {
	key, ok := constString(update.Key)
	if !ok || len(t) == 0 {
		return t
	}
	role, ok := openaiapi.PromptKey(key)
	if !ok || role != openaiapi.SystemRole && !mapHasSystemRole(update.Map) {
		return t
	}
	return inSystem(t, update.Pos())
}

// mapHasSystemRole reports whether a message map has its role key set to
// a constant system or developer role.
func mapHasSystemRole(m ssa.Value) bool {
	for _, ref := range *m.Referrers() {
		if update, ok := ref.(*ssa.MapUpdate); ok && update.Map == m {
			if key, ok := constString(update.Key); ok && key == openaiapi.RoleKey && mayBeSystemRole(update.Value, make(map[ssa.Value]bool)) {
				return true
			}
		}
	}
	return false
}

// inSystem marks input as placed in a system part of a prompt at pos.
func inSystem(t taint, pos token.Pos) taint {
	return t.with(func(l *label) { l.enterSystem(pos) })
}

// hasSystemRole reports whether a message struct has its role field set to
// a constant system or developer role.
func hasSystemRole(msg ssa.Value, st *types.Struct) bool {
	for _, ref := range *msg.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || !openaiapi.RoleField(st, st.Field(fa.Field)) {
			continue
		}
		for _, use := range *fa.Referrers() {
			if store, ok := use.(*ssa.Store); ok {
				if c, ok := store.Val.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.String &&
					openaiapi.SystemRoleName(constant.StringVal(c.Value)) {
					return true
				}
			}
		}
	}
	return false
}

func (s *state) call(call *ssa.Call) {
	b := call.Block()
	common := call.Common()
	if builtin, ok := common.Value.(*ssa.Builtin); ok {
		s.builtin(call, builtin.Name())
		return
	}
	callee := common.StaticCallee()
	var fn *types.Func
	if callee != nil {
		if obj, ok := callee.Object().(*types.Func); ok {
			fn = obj
		} else if callee.Origin() != nil {
			fn, _ = callee.Origin().Object().(*types.Func)
		}
	} else if common.IsInvoke() {
		fn = common.Method
	}
	if fn == nil {
		if callee == nil || len(callee.FreeVars) > 0 {
			s.setValue(call, s.dispatch(call)) // a function value, a literal
		}
		return
	}
	if req := s.engine.calls[call.Pos()]; req != nil {
		if req.Endpoint.Kind == openaiapi.TextGeneration {
			s.setValue(call, taint{{source: call.Pos(), what: req.Endpoint.Name + " request", output: true}})
		}
		return
	}
	cfg := s.engine.cfg
	if cfg.Sanitizers.Has(fn) {
		return // the project says its result is safe
	}
	args := common.Args
	if fn.Signature().Recv() != nil && !common.IsInvoke() && len(args) > 0 {
		args = args[1:] // the receiver
	}
	var filled taint
	if fill := s.engine.fills[call.Pos()]; fill != nil && fill.Values < len(args) {
		filled = inSystem(s.inputVariables(args[fill.Values], fill.Vars, common, b), fill.At)
	}
	if sink, ok := sinkOf(fn); ok {
		s.sink(call, sink.kind, pick(args, sink.args))
	}
	if written := s.shellWrite(common); written != nil {
		s.sink(call, CommandSink, written) // shell.go
	}
	if cfg.Sinks.Has(fn) {
		s.sink(call, ConfiguredSink(wrapperName(fn)), args)
	}
	if cfg.Prompts.Has(fn) {
		s.setValue(call, s.through(promptSummary(common.Args, len(common.Args)-len(args)), call, common.Args, wrapperName(fn)))
		return
	}
	if t, ok := s.readAgain(fn, call); ok { // c.Text() again: as the first call was checked
		s.setValue(call, t)
		return
	}
	if l := sourceCall(fn, call); l != nil || s.configuredSource(fn) {
		if l == nil {
			l = &label{source: call.Pos(), what: describeCall(fn, call)}
		}
		if readsBody(fn) && s.bodyBoundedAt(call, callRequest(common)) {
			l.bound(0, 0)
		}
		t := s.fromEntry(taint{*l}, callReads(fn, call))
		s.setValue(call, t)
		for _, a := range common.Args {
			s.setMemoryAt(pointee(a), s.writtenWhole(call, a, t)) // c.ShouldBindJSON(&req)
		}
		return
	}
	s.readInto(fn, call) // r.Body.Read(buf) fills buf
	if sum := s.summaryOf(callee, fn); sum != nil {
		s.setValue(call, s.through(sum, call, common.Args, wrapperName(fn)))
		return
	}
	if !propagates(fn) {
		if common.IsInvoke() {
			s.setValue(call, s.dispatch(call)) // an interface the package implements
		} else if t := s.parametric(fn, common.Args, b); len(t) > 0 {
			s.setValue(call, t) // lo.Ternary(ok, topic, "general")
		}
		return
	}
	var in taint
	args = common.Args
	if common.IsInvoke() {
		args = append([]ssa.Value{common.Value}, args...)
	}
	for _, a := range args {
		in = join(in, s.use(a, b))
	}
	in = join(in, filled)
	if len(in) == 0 {
		return
	}
	if role, ok := openaiapi.MessageConstructor(fn); ok && role == openaiapi.SystemRole {
		in = inSystem(in, call.Pos())
	}
	in = s.roleArgument(fn, common.Args, call, in)
	if limitsLength(fn) {
		in = in.with(func(l *label) { l.bound(0, 0) })
	}
	s.setValue(call, in)
	// What goes in may come out through a pointer: Decode(&v),
	// io.Copy(&buf, body), b.WriteString(s); and through the writer an
	// encoder was made on: json.NewEncoder(&buf).Encode(v).
	for _, a := range args {
		s.setMemoryAt(pointee(a), s.writtenWhole(call, a, in))
		if w, ok := wrappedWriter(a); ok {
			s.setMemoryAt(pointee(w), in)
		}
	}
}

// writerWrappers make a writer that writes what it is given, encoded,
// into the writer that is their first argument.
var writerWrappers = names.NewSet("encoding/json.NewEncoder", "bufio.NewWriter", "compress/gzip.NewWriter")

// wrappedWriter returns the writer that v, made by a writer wrapper,
// writes into.
func wrappedWriter(v ssa.Value) (ssa.Value, bool) {
	call, ok := v.(*ssa.Call)
	if !ok {
		return nil, false
	}
	fn, args := calleeFunc(&call.Call)
	if fn == nil || !writerWrappers.Has(fn) || len(args) == 0 {
		return nil, false
	}
	return args[0], true
}

// parametric returns what a call of a generic function that nothing
// summarizes returns of its arguments, args: a result whose type is one
// of the function's type parameters (or is made of them, as []T) can hold
// only what the arguments whose types mention that parameter hold, since
// the function cannot make a T of its own from anything else. A
// condition or a count of another type passes nothing on.
func (s *state) parametric(fn *types.Func, args []ssa.Value, b *ssa.BasicBlock) taint {
	sig := fn.Origin().Signature()
	if sig.TypeParams().Len() == 0 || sig.Recv() != nil {
		return nil
	}
	returned := make(map[*types.TypeParam]bool)
	for r := range sig.Results().Variables() {
		typeParamsIn(r.Type(), returned)
	}
	if len(returned) == 0 {
		return nil
	}
	var out taint
	for i := range min(sig.Params().Len(), len(args)) {
		mentioned := make(map[*types.TypeParam]bool)
		typeParamsIn(sig.Params().At(i).Type(), mentioned)
		for tp := range mentioned {
			if returned[tp] {
				out = join(out, s.use(args[i], b))
				break
			}
		}
	}
	return out
}

// typeParamsIn adds the type parameters that t is made of to set: T,
// *T, []T, chan T, func() T. A named type's type arguments do not count:
// what a generic type holds of them is its own; nor do a map's, whose
// keys and values one label covers (lo.Keys of a map of user text holds
// none of it).
func typeParamsIn(t types.Type, set map[*types.TypeParam]bool) {
	switch t := types.Unalias(t).(type) {
	case *types.TypeParam:
		set[t] = true
	case *types.Pointer:
		typeParamsIn(t.Elem(), set)
	case *types.Slice:
		typeParamsIn(t.Elem(), set)
	case *types.Array:
		typeParamsIn(t.Elem(), set)
	case *types.Chan:
		typeParamsIn(t.Elem(), set)
	case *types.Signature:
		for r := range t.Results().Variables() {
			typeParamsIn(r.Type(), set)
		}
	}
}

// propagates reports whether a function carries what goes into it to what
// comes out: the standard library and the client libraries' helpers do;
// the project's own functions need summaries, which are to come.
func propagates(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return true // error.Error and the like
	}
	path := fn.Pkg().Path()
	if openaiapi.IsClientPackage(path) {
		return true // helpers and responses; requests are handled before
	}
	// and generated protobuf getters, and the source libraries' carriers
	return astutil.IsStandard(path) || messageGetter(fn) || carriers.Has(fn)
}

// builtin carries taint through append and copy.
func (s *state) builtin(call *ssa.Call, name string) {
	b := call.Block()
	args := call.Common().Args
	switch name {
	case "min":
		// min(n, limit) clamps n, when the program fixed the limit.
		var t taint
		for _, a := range args {
			t = join(t, s.use(a, b))
		}
		t = t.with(func(l *label) {
			if ok, limit, boundIf := s.minBound(args, *l); ok {
				l.bound(limit, boundIf)
			}
		})
		s.setValue(call, t)
	case "max":
		// max(n, floor) clamps nothing: it is as large as n. What was
		// bounded stays bounded, by the larger of the two.
		var t taint
		raise, known := int64(0), true
		for _, a := range args {
			at := s.use(a, b)
			t = join(t, at)
			if len(at) > 0 {
				continue
			}
			if c, ok := a.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.Int {
				n, _ := constant.Int64Val(c.Value)
				raise = max(raise, n)
			} else {
				known = false
			}
		}
		t = t.with(func(l *label) {
			if l.limit != 0 {
				l.limit = max(l.limit, raise)
			}
			if !known {
				l.limit = 0
			}
		})
		s.setValue(call, t)
	case "append":
		var t taint
		for _, a := range args {
			t = join(t, s.use(a, b))
		}
		s.setValue(call, t)
	case "copy":
		if len(args) == 2 {
			s.setMemoryAt(args[0], s.use(args[1], b))
		}
	}
}

// pointee returns the pointer an argument lets a callee write through,
// passed as is or as an interface (json.Decode(&v) takes any).
func pointee(a ssa.Value) ssa.Value {
	if mi, ok := a.(*ssa.MakeInterface); ok {
		a = mi.X
	}
	if _, ok := a.Type().Underlying().(*types.Pointer); !ok {
		return nil
	}
	return a
}

// summaryOf returns what the engine knows of a callee: the summary of a
// function of this package, or the fact of one of another.
func (s *state) summaryOf(callee *ssa.Function, fn *types.Func) *summary {
	return s.engine.summaryOf(callee, fn)
}

func (e *engine) summaryOf(callee *ssa.Function, fn *types.Func) *summary {
	if callee != nil && callee.Pkg != nil && callee.Pkg.Pkg == e.pass.Pkg && callee.Blocks != nil {
		return e.summary(callee)
	}
	if fn.Pkg() == nil || fn.Pkg() == e.pass.Pkg {
		return nil
	}
	var given GivenSummaries
	if e.given != "" && e.pass.ImportObjectFact(fn, &given) {
		if fact, ok := given.of(e.given); ok {
			return &summary{Summary: fact}
		}
	}
	var fact Summary
	if e.pass.ImportObjectFact(fn, &fact) {
		return &summary{Summary: fact}
	}
	return nil
}

// through returns what a call returns of its arguments, and records the
// input it passes to a wrapper that sends it to the model.
func (s *state) through(sum *summary, call ssa.CallInstruction, args []ssa.Value, name string) taint {
	out, flows := s.passes(sum, call, args, name)
	s.wrapped[call] = flows
	return out
}

// passes returns what a call of a function that sum summarizes, named
// name in messages, returns of its arguments, and the flows of the input
// it passes to the model; the arguments it passes to sinks are sinks.
func (s *state) passes(sum *summary, call ssa.CallInstruction, args []ssa.Value, name string) (taint, []Flow) {
	b := call.Block()
	out := sum.returns
	if sum.returns == nil { // the output a function of this package returns is in returns already
		for _, o := range sum.Outputs {
			out = join(out, taint{{source: call.Pos(), what: o.What, output: true, via: name, at: o.At}})
		}
	}
	for _, effect := range sum.Returns {
		if effect.Param < len(args) {
			out = join(out, s.apply(s.use(args[effect.Param], b), effect, args))
		}
	}
	var flows []Flow
	at := s.engine.callExpr(call.Common().Pos())
	for _, effect := range sum.Requests {
		if effect.Param >= len(args) || at == nil {
			continue
		}
		system := s.fieldsUse(call, args[effect.Param], effect.SystemFields, b)
		for _, l := range s.apply(s.use(args[effect.Param], b), effect, args) {
			if l.output || l.scalar {
				continue
			}
			if system.has(l.source) {
				l.enterSystem(token.NoPos)
			}
			flows = append(flows, Flow{
				At: at.Pos(), AtEnd: at.Fun.End(), Endpoint: effect.Endpoint, Kind: effect.Kind, Through: name,
				Source: l.source, What: l.what,
				System: l.system, SystemPos: l.systemPos,
				Allowlisted: l.allowlisted, Bounded: l.bounded || l.allowlisted,
				Moderated:     effect.Moderated || l.moderated,
				OtherProvider: effect.OtherProvider,
				boundIf:       l.boundIf, systemParts: l.systemParts, wrapper: sum.body,
			})
		}
	}
	for _, se := range sum.Sinks {
		if se.Param < len(args) {
			s.sink(call, se.Kind, args[se.Param:se.Param+1])
		}
	}
	s.forward(call, sum.Forwards, args)
	return out, flows
}

// promptSummary is the summary of a function the project names as one
// that sends its arguments, from first on, to a model. A context is not
// prompt text.
func promptSummary(args []ssa.Value, first int) *summary {
	sum := new(summary)
	for i := first; i < len(args); i++ {
		if !isContext(args[i].Type()) {
			sum.Requests = append(sum.Requests, Effect{Param: i, Endpoint: "model", Kind: openaiapi.TextGeneration})
		}
	}
	return sum
}

func isContext(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "context" && named.Obj().Name() == "Context"
}

// apply changes labels as a parameter is changed on its way through a
// function called with args. A bound that holds only for fixed arguments
// holds when the arguments there are fixed here.
func (s *state) apply(t taint, effect Effect, args []ssa.Value) taint {
	bounded, limit, boundIf := effect.Bounded, effect.Limit, uint64(0)
	if bounded && len(effect.BoundIf) > 0 {
		// clamp(n, lo, hi): bounded by hi when hi is fixed here, and by
		// its value when it is a constant.
		argLimit, known := int64(0), true
		for _, i := range effect.BoundIf {
			if i >= len(args) {
				bounded = false
				break
			}
			fixed, l, p := s.limitOf(args[i])
			if !fixed {
				bounded = false
				break
			}
			boundIf |= p
			if l == 0 {
				known = false
			}
			argLimit = max(argLimit, l)
		}
		switch {
		case !known:
		case limit == 0:
			limit = argLimit
		default:
			limit = min(limit, argLimit)
		}
	}
	return t.with(func(l *label) {
		if effect.System {
			l.enterSystem(token.NoPos)
		}
		l.allowlisted = l.allowlisted || effect.Allowlisted
		if bounded {
			l.bound(limit, boundIf)
		}
	})
}

// sink records model output reaching a sink through one of args, unless
// every way there checked it against fixed values.
func (s *state) sink(instr ssa.Instruction, kind SinkKind, args []ssa.Value) {
	if _, done := s.outputs[instr]; done {
		return
	}
	if s.guards.approvedAt(instr.Block()) {
		return // a person said yes first (approval.go)
	}
	for _, a := range args {
		for _, l := range s.use(a, instr.Block()) {
			if l.source < 0 && !l.allowlisted {
				// In a summary: the parameter reaches the sink.
				s.paramSinks = append(s.paramSinks, SinkEffect{Param: int(-1 - l.source), Kind: kind})
			}
			if l.through != nil {
				s.injectedOutput(l, kind, instr) // a result of an interface implemented elsewhere (inject.go)
				continue
			}
			if l.output && !l.allowlisted {
				if s.outputs == nil {
					s.outputs = make(map[ssa.Instruction]OutputFlow)
				}
				out := OutputFlow{Response: l.source, What: l.what, Sink: sinkPos(instr), Kind: kind, Func: s.fn.Pos()}
				if l.via != "" {
					out.Origin = fmt.Sprintf("the model's output comes from this call: %s returns the output of the %s at %s", l.via, l.what, l.at)
				}
				s.outputs[instr] = out
				s.changed = true
				return
			}
		}
	}
}

// sinkPos is where a sink is in the source: a call, a conversion, or a
// store into a field, which a composite literal's element makes with no
// position of its own.
func sinkPos(instr ssa.Instruction) token.Pos {
	if store, ok := instr.(*ssa.Store); ok && !store.Pos().IsValid() {
		if pos := store.Val.Pos(); pos.IsValid() {
			return pos
		}
		return store.Addr.Pos()
	}
	return instr.Pos()
}

// pick returns the arguments at the given indexes, or all when indexes is
// nil.
func pick(args []ssa.Value, indexes []int) []ssa.Value {
	if indexes == nil {
		return args
	}
	var out []ssa.Value
	for _, i := range indexes {
		if i < len(args) {
			out = append(out, args[i])
		}
	}
	return out
}

// isTime reports whether t is a time.Time, or a pointer to one: what
// time.Parse returns is a reviewed value, as a parsed number is.
func isTime(t types.Type) bool {
	return isNamedType(t, "time", "Time")
}

// isText reports whether t is a string or a byte slice: one piece of
// text, with no parts.
func isText(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		return types.Identical(u.Elem().Underlying(), types.Typ[types.Byte])
	}
	return false
}

func isScalar(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsNumeric|types.IsBoolean) != 0
}

// wrapperName names a function for messages: llm.Ask, or (*Client).Ask.
func wrapperName(fn *types.Func) string {
	if recv := fn.Signature().Recv(); recv != nil {
		return typeName(recv.Type()) + "." + fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// isSettingField reports whether addr is a request field that configures
// the request rather than carrying prompt text.
func (e *engine) isSettingField(addr ssa.Value) bool {
	st, field, ok := structField(addr)
	return ok && (openaiapi.SettingField(st, field) || e.bodies[st] && openaiapi.BodySettingField(st, field))
}

// isBoundField reports whether addr is a request's output token bound.
func isBoundField(addr ssa.Value) bool {
	st, field, ok := structField(addr)
	return ok && openaiapi.OutputBoundField(st, field)
}

// structField returns the struct and field that addr is the address of.
func structField(addr ssa.Value) (*types.Struct, *types.Var, bool) {
	fa, ok := addr.(*ssa.FieldAddr)
	if !ok {
		return nil, nil, false
	}
	ptr, ok := fa.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return nil, nil, false
	}
	st, ok := ptr.Elem().Underlying().(*types.Struct)
	if !ok {
		return nil, nil, false
	}
	return st, st.Field(fa.Field), true
}

// bound records user input stored into a token bound: with no clamp, or
// clamped to a limit that a check of the ceiling needs to know. Of several
// inputs, the one least bounded is recorded.
func (s *state) bound(store *ssa.Store, t taint) {
	for _, l := range t {
		if l.output || l.allowlisted {
			continue
		}
		pos := store.Pos()
		if !pos.IsValid() {
			pos = store.Val.Pos() // a composite literal's field: openai.Int(n)
		}
		bf := BoundFlow{Pos: pos, Source: l.source, What: l.what, Clamped: l.bounded, Limit: l.limit}
		old, done := s.bounds[store]
		if done && (!old.Clamped || bf.Clamped && bf.Limit <= old.Limit) {
			continue
		}
		if s.bounds == nil {
			s.bounds = make(map[ssa.Instruction]BoundFlow)
		}
		s.bounds[store] = bf
		s.changed = true
	}
}

// refersToMemory reports whether values of type t refer to memory that
// stores into them change: pointers, maps and slices.
func refersToMemory(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice:
		return true
	}
	return false
}

// partOf marks the labels of parameter x, in a summary, as coming from its
// field k. x is the parameter, or the local a parameter is spilled to.
func (s *state) partOf(t taint, x ssa.Value, k int) taint {
	if !s.summarizing || k >= 64 {
		return t
	}
	p, ok := x.(*ssa.Parameter)
	if alloc, isAlloc := x.(*ssa.Alloc); isAlloc {
		p, ok = spilled(alloc)
	}
	if !ok {
		return t
	}
	source := token.Pos(-1 - slices.Index(s.fn.Params, p))
	return t.with(func(l *label) {
		if l.source == source && l.parts == 0 {
			l.parts = 1 << k
		}
	})
}

// spilled returns the parameter a local holds, when the function's entry
// stores it there and nothing else stores the whole local: a struct
// parameter whose fields the function reads through their addresses.
func spilled(alloc *ssa.Alloc) (*ssa.Parameter, bool) {
	var p *ssa.Parameter
	for _, ref := range *alloc.Referrers() {
		store, ok := ref.(*ssa.Store)
		if !ok || store.Addr != alloc {
			continue
		}
		param, isParam := store.Val.(*ssa.Parameter)
		if !isParam || p != nil || store.Block() != alloc.Parent().Blocks[0] {
			return nil, false
		}
		p = param
	}
	return p, p != nil
}

// fieldsUse is the input that fields of a struct value, or of the struct
// a pointer points to, may carry at call: what was stored in those fields
// of a local the caller built (Prompt{System: fixed, User: input}), or
// set after it was decoded (req.System = fixed); all the value carries
// when the fields may hold anything else.
func (s *state) fieldsUse(call ssa.CallInstruction, v ssa.Value, fields []int, b *ssa.BasicBlock) taint {
	if len(fields) == 0 {
		return nil
	}
	alloc, ok := v.(*ssa.Alloc)
	if load, isLoad := v.(*ssa.UnOp); isLoad && load.Op == token.MUL {
		alloc, ok = load.X.(*ssa.Alloc)
	}
	if !ok {
		return s.use(v, b)
	}
	// escapes are where anything may be written into the struct: given
	// to a call (a decoder), or its address kept.
	var escapes []ssa.Instruction
	var t taint
	stores := make(map[int][]*ssa.Store)
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.FieldAddr:
			for _, use := range *ref.Referrers() {
				switch use := use.(type) {
				case *ssa.Store:
					if use.Addr != ref {
						escapes = append(escapes, use)
					} else if slices.Contains(fields, ref.Field) {
						stores[ref.Field] = append(stores[ref.Field], use)
					}
				case *ssa.UnOp, *ssa.DebugRef:
				default:
					escapes = append(escapes, use)
				}
			}
		case *ssa.UnOp, *ssa.DebugRef:
		case *ssa.Store:
			if ref.Addr != alloc {
				escapes = append(escapes, ref)
			} else {
				t = join(t, s.use(ref.Val, ref.Block())) // the whole struct
			}
		default:
			if ref != call {
				escapes = append(escapes, ref)
			}
		}
	}
	for _, k := range fields {
		// After the struct escaped, only a store that every way from
		// there to the call passes says what the field holds.
		replaced := func(st *ssa.Store) bool {
			return before(st, call) && !slices.ContainsFunc(escapes, func(e ssa.Instruction) bool { return !before(e, st) })
		}
		if len(escapes) > 0 && !slices.ContainsFunc(stores[k], replaced) {
			return s.use(v, b)
		}
		for _, st := range stores[k] {
			t = join(t, s.use(st.Val, st.Block()))
		}
	}
	return t
}

// partsCarrying returns the fields of a struct argument of call that
// carry input from source, when the caller built it field by field; nil
// when any may.
func (s *state) partsCarrying(call ssa.CallInstruction, arg ssa.Value, source token.Pos) []int {
	t := arg.Type()
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || st.NumFields() > 64 {
		return nil
	}
	var parts []int
	for k := range st.NumFields() {
		if s.fieldsUse(call, arg, []int{k}, call.Block()).has(source) {
			parts = append(parts, k)
		}
	}
	if len(parts) == st.NumFields() {
		return nil
	}
	return parts
}

// reachesSystem reports whether input in parts of a struct (nil for any)
// reaches the system fields a summary names.
func reachesSystem(systemFields, parts []int) bool {
	if len(systemFields) == 0 {
		return false
	}
	return parts == nil || slices.ContainsFunc(parts, func(k int) bool { return slices.Contains(systemFields, k) })
}

// has reports whether t carries input from source.
func (t taint) has(source token.Pos) bool {
	return slices.ContainsFunc(t, func(l label) bool { return l.source == source })
}

// paramType is the type of a function's parameter i, counting a function
// literal's free variables after its parameters (see summary); nil past
// them.
func paramType(fn *ssa.Function, i int) types.Type {
	switch {
	case i < len(fn.Params):
		return fn.Params[i].Type()
	case i-len(fn.Params) < len(fn.FreeVars):
		return fn.FreeVars[i-len(fn.Params)].Type()
	}
	return nil
}
