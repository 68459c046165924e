package taint

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Calls through interfaces and function values reach the functions the
// package can see flowing into them. Functions, closures and the concrete
// types converted to interfaces are followed through the package's
// variables, fields, parameters, results and containers: a small
// propagation in the manner of VTA (golang.org/x/tools/go/callgraph/vta),
// field by field, over the package alone. An interface method call runs
// the method of the types that reach its receiver (its own types, and
// imported ones, whose methods carry Summary facts), or, when none does
// (an interface the package is given), of any type the package converts
// to an interface that has the method. It is built only when the package makes such a call, and only
// packages that reach OpenAI build SSA at all. A call with several
// possible callees carries what each of them does; the check reports it
// once.
//
// The body of a range-over-func loop (Go 1.23's for x := range seq) is a
// function the iterator calls: what an iterator of the package yields
// reaches the loop's variables, as does what a library's iterator was
// made from (slices.Values(msgs), strings.Lines(text)).

// rangeBody is the provenance go/ssa gives the body of a range-over-func
// loop.
const rangeBody = "range-over-func yield"

// funcValues holds the functions and concrete types each value,
// variable, field and result of the package may hold (by node), and the
// concrete types it converts to interfaces (by typeKey).
type funcValues struct {
	prog      *ssa.Program
	sets      map[any]map[any]bool
	converted map[typeKey]types.Type
	bindings  map[*ssa.FreeVar]ssa.Value
	changed   bool
}

// typeKey is a concrete type held in an interface, as the set of a node
// holds it: types.Type values are not unique.
type typeKey string

// resultOf is the node of what a function returns.
type resultOf struct{ fn *ssa.Function }

// funcValues computes, once, what the package's function values may be.
func (e *engine) funcValues() *funcValues {
	if e.funcs != nil {
		return e.funcs
	}
	f := &funcValues{
		sets:      make(map[any]map[any]bool),
		converted: make(map[typeKey]types.Type),
		bindings:  e.closureBindings(),
	}
	e.funcs = f
	if len(e.fns) == 0 {
		return f
	}
	f.prog = e.fns[0].Prog
	// Sets only grow; a few rounds reach the fixed point of real code.
	for range 10 {
		f.changed = false
		for _, fn := range e.fns {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					f.step(fn, instr)
				}
			}
		}
		if !f.changed {
			break
		}
	}
	return f
}

// node returns the node of the functions a value may be: a closure's
// free variable is what it captured.
func (f *funcValues) node(v ssa.Value) any {
	for range 8 {
		fv, ok := v.(*ssa.FreeVar)
		if !ok {
			break
		}
		b, ok := f.bindings[fv]
		if !ok {
			break
		}
		v = b
	}
	return v
}

// memory returns the node of what addr points to: a field, by field; an
// element, as its container; a variable, itself.
func (f *funcValues) memory(addr ssa.Value) any {
	switch x := addr.(type) {
	case *ssa.FieldAddr:
		if _, field, ok := structField(x); ok {
			return field.Origin()
		}
	case *ssa.IndexAddr:
		return f.container(x.X)
	}
	return f.node(addr)
}

// container returns the node of what a map or slice holds: the one of
// the variable or field it is loaded from.
func (f *funcValues) container(v ssa.Value) any {
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		return f.memory(load.X)
	}
	return f.node(v)
}

// of returns the functions and types a value may be.
func (f *funcValues) of(v ssa.Value) map[any]bool {
	if fn, ok := v.(*ssa.Function); ok {
		return map[any]bool{fn: true}
	}
	return f.sets[f.node(v)]
}

func (f *funcValues) add(to any, fns map[any]bool) {
	if len(fns) == 0 {
		return
	}
	set := f.sets[to]
	if set == nil {
		set = make(map[any]bool)
		f.sets[to] = set
	}
	for fn := range fns {
		if !set[fn] {
			set[fn] = true
			f.changed = true
		}
	}
}

func (f *funcValues) step(fn *ssa.Function, instr ssa.Instruction) {
	switch in := instr.(type) {
	case *ssa.MakeClosure:
		if anon, ok := in.Fn.(*ssa.Function); ok {
			f.add(in, map[any]bool{anon: true})
		}
	case *ssa.MakeInterface:
		if t := in.X.Type(); !types.IsInterface(t) {
			k := typeKey(types.TypeString(t, nil))
			f.converted[k] = t
			f.add(in, map[any]bool{k: true})
		}
		f.add(in, f.of(in.X))
	case *ssa.ChangeType:
		f.add(in, f.of(in.X))
	case *ssa.ChangeInterface:
		f.add(in, f.of(in.X))
	case *ssa.TypeAssert:
		f.add(in, f.of(in.X))
	case *ssa.Extract:
		f.add(in, f.of(in.Tuple))
	case *ssa.Phi:
		for _, e := range in.Edges {
			f.add(in, f.of(e))
		}
	case *ssa.Store:
		f.add(f.memory(in.Addr), f.of(in.Val))
	case *ssa.UnOp:
		if in.Op == token.MUL {
			f.add(in, f.sets[f.memory(in.X)])
		}
	case *ssa.MapUpdate:
		f.add(f.container(in.Map), f.of(in.Value))
	case *ssa.Lookup:
		f.add(in, f.sets[f.container(in.X)])
	case *ssa.Index:
		f.add(in, f.sets[f.container(in.X)])
	case *ssa.Range:
		f.add(in, f.sets[f.container(in.X)])
	case *ssa.Next:
		f.add(in, f.of(in.Iter))
	case *ssa.Return:
		for _, r := range in.Results {
			f.add(resultOf{fn}, f.of(r))
		}
	case ssa.CallInstruction:
		for _, c := range f.callees(in.Common()) {
			if c.fn.Blocks == nil {
				continue
			}
			for i, arg := range c.args {
				if i < len(c.fn.Params) {
					f.add(c.fn.Params[i], f.of(arg))
				}
			}
			if v := in.Value(); v != nil {
				f.add(v, f.sets[resultOf{c.fn}])
			}
		}
	}
}

// callee is a function a call may run, with the arguments it gets: for a
// method, the receiver first.
type callee struct {
	fn   *ssa.Function
	obj  *types.Func // the declared function or method, when there is one
	args []ssa.Value
}

// callees returns the functions a call may run, in the order of their
// names, so that messages do not depend on the order of maps.
func (f *funcValues) callees(common *ssa.CallCommon) []callee {
	out := f.unordered(common)
	slices.SortFunc(out, func(a, b callee) int { return strings.Compare(a.fn.String(), b.fn.String()) })
	return out
}

func (f *funcValues) unordered(common *ssa.CallCommon) []callee {
	if fn := common.StaticCallee(); fn != nil {
		obj, _ := fn.Object().(*types.Func)
		return []callee{{fn, obj, common.Args}}
	}
	args := append([]ssa.Value{common.Value}, common.Args...)
	var out []callee
	if common.IsInvoke() {
		iface, ok := common.Value.Type().Underlying().(*types.Interface)
		if !ok {
			return nil
		}
		held := f.of(common.Value)
		for k, t := range f.converted {
			if len(held) > 0 && !held[k] || !types.Implements(t, iface) {
				continue
			}
			sel := f.prog.MethodSets.MethodSet(t).Lookup(common.Method.Pkg(), common.Method.Name())
			if sel == nil {
				continue
			}
			obj, _ := sel.Obj().(*types.Func)
			if fn := f.declared(obj); fn != nil {
				out = append(out, callee{fn, obj, args})
			}
		}
		return out
	}
	for v := range f.of(common.Value) {
		fn, ok := v.(*ssa.Function)
		if !ok {
			continue
		}
		obj, _ := fn.Object().(*types.Func)
		if obj != nil && fn.Synthetic != "" && len(fn.FreeVars) == 1 {
			// A bound method value, s.ask: the method, with the
			// value standing for its receiver.
			if m := f.declared(obj); m != nil {
				out = append(out, callee{m, obj, args})
			}
			continue
		}
		out = append(out, callee{fn, obj, common.Args})
	}
	return out
}

// declared returns the function of a declared method, not a wrapper of
// it; of a generic type's method, the generic one.
func (f *funcValues) declared(obj *types.Func) *ssa.Function {
	if obj == nil || obj.Pkg() == nil {
		return nil
	}
	return f.prog.FuncValue(obj.Origin())
}

// calleeName names a callee for messages: (*T).Ask, a function literal
// in (*T).Serve.
func calleeName(c callee) string {
	if c.obj != nil {
		return wrapperName(c.obj)
	}
	outer := declared(c.fn)
	if obj, ok := outer.Object().(*types.Func); ok && outer != c.fn {
		return "a function literal in " + wrapperName(obj)
	}
	return c.fn.Name()
}

// dispatch follows a call through an interface or a function value into
// the functions it may run, and returns what it returns.
func (s *state) dispatch(call ssa.CallInstruction) taint {
	common := call.Common()
	if common.IsInvoke() && propagates(common.Method) {
		return nil // a deferred Close of the standard library's interfaces
	}
	funcs := s.engine.funcValues()
	targets := funcs.callees(common)
	// A function called through a parameter is what this package's
	// callers pass: a summary, which other packages' callers read as a
	// fact, does not count on it. An interface's method called in an
	// unexported function counts on the types the package converts to
	// the interface, as anywhere else in the package: no other package
	// calls the function. (A function value stays its callers': each may
	// pass another closure.)
	_, viaParam := funcs.node(common.Value).(*ssa.Parameter)
	viaParam = viaParam && (!common.IsInvoke() || callableElsewhere(s.fn))
	var out taint
	var flows []Flow
	var seeds []sharedWrite
	for _, c := range targets {
		if s.summarizing && viaParam && c.fn.Synthetic != rangeBody {
			continue
		}
		if c.fn.Synthetic == rangeBody {
			// An iterator yields to a loop's body: the loop's variables
			// get what it yields.
			for i, arg := range c.args {
				if i < len(c.fn.Params) {
					seeds = append(seeds, sharedWrite{place: c.fn.Params[i], value: arg})
				}
			}
			continue
		}
		sum := s.summaryOf(c.fn, c.obj)
		if sum == nil {
			continue
		}
		if mc, ok := common.Value.(*ssa.MakeClosure); ok && s.summarizing && mc.Fn == c.fn {
			// What a literal made here captured is its maker's to
			// summarize; elsewhere the literal's own run follows it.
			c.args = append(slices.Clip(c.args), mc.Bindings...)
		}
		if _, ok := call.(*ssa.Go); ok {
			sum = withoutChannels(sum, c.args)
		}
		t, fs := s.passes(sum, call, c.args, calleeName(c))
		out = join(out, t)
		flows = append(flows, fs...)
	}
	if len(targets) == 0 {
		seeds = s.libraryIterator(common)
		if t, fs, ok := s.implemented(call); ok {
			out, flows = t, fs // filled by a package this one imports (implement.go)
		} else {
			out = s.injected(call) // an interface or a field filled elsewhere (inject.go)
		}
	}
	s.write(call, seeds...)
	s.wrapped[call] = flows
	return out
}

// callableElsewhere reports whether another package may call fn: an
// exported function or method, or a function literal, which may be handed
// anywhere.
func callableElsewhere(fn *ssa.Function) bool {
	obj, ok := fn.Object().(*types.Func)
	return !ok || obj.Exported()
}

// libraryIterator returns, for a range-over-func loop over an iterator
// the package cannot see into, what the loop's variables get: what the
// iterator was made from.
func (s *state) libraryIterator(common *ssa.CallCommon) []sharedWrite {
	if len(common.Args) != 1 {
		return nil
	}
	mc, ok := common.Args[0].(*ssa.MakeClosure)
	if !ok {
		return nil
	}
	body, ok := mc.Fn.(*ssa.Function)
	if !ok || body.Synthetic != rangeBody {
		return nil
	}
	var seeds []sharedWrite
	for _, p := range body.Params {
		seeds = append(seeds, sharedWrite{place: p, value: common.Value})
	}
	return seeds
}

// withoutChannels returns a summary without the effects on channel
// parameters: the channel a goroutine is started with is the goroutine's
// parameter (channels.go), whose receives are followed where they are.
func withoutChannels(sum *summary, args []ssa.Value) *summary {
	isChan := func(i int) bool {
		if i >= len(args) {
			return false
		}
		_, ok := args[i].Type().Underlying().(*types.Chan)
		return ok
	}
	out := *sum
	out.Requests = slices.DeleteFunc(slices.Clone(sum.Requests), func(e Effect) bool { return isChan(e.Param) })
	out.Sinks = slices.DeleteFunc(slices.Clone(sum.Sinks), func(e SinkEffect) bool { return isChan(e.Param) })
	return &out
}
