package taint

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/openaivet/openaivet/internal/astutil"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Implementations picked outside main (see the package documentation): a
// package that converts a type to an interface of the program, or stores
// a function into a function-valued field, where what it puts there sends
// to a model or returns a model's output, exports the wiring as an
// Implementations fact. A factory does this: it picks the client by
// configuration and returns it as the program's interface. A package that
// calls through that interface or field, and imports the factory directly
// or not, follows the call into what was wired, and reports where the
// input is read or the output used. Wirings in a package that imports the
// caller (main, mostly) are joined the other way (inject.go).

// Implementations is the fact of a package's wirings of implementations
// that send to a model or return its output.
type Implementations struct {
	List []Implementation
}

func (*Implementations) AFact() {}

func (f *Implementations) String() string {
	out := "implementations("
	for i, impl := range f.List {
		if i > 0 {
			out += " "
		}
		out += fmt.Sprintf("%s.%s=%s@%s", impl.Interface, impl.Method, impl.Func, impl.At)
	}
	return out + ")"
}

// An Implementation is what a wiring puts behind a method of an interface
// or a function-valued field.
type Implementation struct {
	// Interface, Method and Field name what is filled, as InputCall does.
	Interface, Method string
	Field             bool
	// Func names the implementation, and At the wiring as file:line
	// text, for messages.
	Func, At string
	// Makers are the functions of the package that make the wiring, by
	// their full names: the one it is in and those that call that one,
	// directly or not. A constructor that returns the interface wires
	// what it or its helpers convert, not what other constructors of its
	// package do.
	Makers []string
	// Shift is 1 for a bound method stored into a field: its receiver is
	// no argument of the call.
	Shift int
	// Summary is the implementation's: its requests, sinks and outputs.
	Summary Summary
}

// key is what a call through an interface or field is looked up by.
func (impl Implementation) key() string {
	return implementationKey(impl.Interface, impl.Method, impl.Field)
}

func implementationKey(owner, member string, field bool) string {
	return fmt.Sprintf("%s\x00%s\x00%t", owner, member, field)
}

// wiresImplementations reports whether a package of the program that
// sends nothing to a model may still wire an implementation that does:
// it names a function or method of another package whose Summary fact
// sends to a model or returns a model's output, a type with such a
// method, or a function that returns one (a constructor). Found in the
// type information and the facts, without SSA.
func wiresImplementations(pass *analysis.Pass) bool {
	if sourceLibrary(pass.Pkg.Path()) || dependency(pass) {
		return false
	}
	summarized := func(fn *types.Func) bool {
		var sum Summary
		return pass.ImportObjectFact(fn, &sum) && (len(sum.Requests) > 0 || len(sum.Outputs) > 0)
	}
	implementing := make(map[*types.Named]bool)
	implements := func(t types.Type) bool {
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		named, ok := types.Unalias(t).(*types.Named)
		if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == pass.Pkg {
			return false
		}
		is, done := implementing[named]
		if !done {
			for m := range named.Methods() {
				is = is || summarized(m)
			}
			implementing[named] = is
		}
		return is
	}
	wires := func(obj types.Object) bool {
		switch obj := obj.(type) {
		case *types.Func:
			if summarized(obj) {
				return true // stored into a field, or a method value
			}
			for r := range obj.Signature().Results().Variables() {
				if implements(r.Type()) {
					return true // a constructor
				}
			}
		case *types.TypeName:
			return implements(obj.Type())
		}
		return false
	}
	for id, obj := range pass.TypesInfo.Uses {
		if obj.Pkg() == nil || obj.Pkg() == pass.Pkg || astutil.IsStandard(obj.Pkg().Path()) || foreignInterface(obj.Pkg().Path()) {
			continue
		}
		if wires(obj) && !inTestFile(pass.Fset, id.Pos()) {
			return true
		}
	}
	return false
}

// callsWiredElsewhere reports whether a package of the program calls
// through an interface or a function-valued field that a package it
// imports wires with an implementation that sends to a model or returns
// its output (an Implementations fact): its functions' summaries carry
// those requests and outputs on to its own callers and wirings, a layer
// between a handler and the model. Found in the type information and the
// facts, without SSA.
func callsWiredElsewhere(pass *analysis.Pass) bool {
	if sourceLibrary(pass.Pkg.Path()) || dependency(pass) {
		return false
	}
	wired := make(map[string]bool)
	for _, f := range pass.AllPackageFacts() {
		if fact, ok := f.Fact.(*Implementations); ok && f.Package != pass.Pkg {
			for _, impl := range fact.List {
				wired[impl.key()] = true
			}
		}
	}
	if len(wired) == 0 {
		return false
	}
	for _, sel := range pass.TypesInfo.Selections {
		if !injectable(sel) {
			continue
		}
		owner, ok := types.Unalias(sel.Recv()).(*types.Named)
		if p, isPtr := sel.Recv().(*types.Pointer); isPtr {
			owner, ok = types.Unalias(p.Elem()).(*types.Named)
		}
		if ok && owner.Obj().Pkg() != nil && wired[implementationKey(owner.Obj().Pkg().Path()+"."+owner.Obj().Name(), sel.Obj().Name(), sel.Kind() == types.FieldVal)] {
			return true
		}
	}
	return false
}

// inTestFile reports whether pos is in a _test.go file. A wiring there
// is for the package's own tests: no other package imports it.
func inTestFile(fset *token.FileSet, pos token.Pos) bool {
	return strings.HasSuffix(fset.File(pos).Name(), "_test.go")
}

// implementations lists the package's wirings whose implementation sends
// to a model or returns a model's output, or forwards to the next layer,
// for the Implementations fact. With only, it lists the conversions of
// types whose method is one of only alone: a layer's package reads no
// other method (see layer).
func (e *engine) implementations(only map[*types.Func]bool) []Implementation {
	var out []Implementation
	seen := make(map[string]bool)
	add := func(w wiring, owner *types.Named, member string, field bool) {
		name, sum, shift, ok := w.fills(owner, member, field, e)
		// A layer forwards or relays through the next interface; it fills
		// an interface of its own module: one a library declares (an
		// XMPP or bot handler) is called by the library, not the program.
		layer := (len(sum.Forwards) > 0 || len(sum.Relays) > 0) && e.sameModule(owner.Obj().Pkg().Path())
		if !ok || len(sum.Requests) == 0 && len(sum.Outputs) == 0 && !layer {
			return
		}
		impl := Implementation{
			Interface: owner.Obj().Pkg().Path() + "." + owner.Obj().Name(), Method: member, Field: field,
			Func: name, At: e.position(w.at), Makers: e.makers(w.parent), Shift: shift, Summary: sum,
		}
		if id := impl.key() + "\x00" + impl.Func + "\x00" + strings.Join(impl.Makers, " "); !seen[id] {
			seen[id] = true
			out = append(out, impl)
		}
	}
	for _, w := range e.wirings() {
		if inTestFile(e.pass.Fset, w.at) || w.made != nil {
			continue // a constructor's package exports its wirings itself
		}
		switch {
		case w.iface != nil:
			iface, ok := w.iface.Underlying().(*types.Interface)
			if !ok || !programType(w.iface) {
				continue
			}
			for m := range iface.Methods() {
				if only == nil || only[methodOf(w.concrete, m.Pkg(), m.Name())] {
					add(w, w.iface, m.Name(), false)
				}
			}
		case only == nil && programType(w.owner):
			add(w, w.owner, w.field.Name(), true)
		}
	}
	return out
}

// methodOf returns the method of type t named name (of package pkg, for
// an unexported name), or nil.
func methodOf(t types.Type, pkg *types.Package, name string) *types.Func {
	sel := types.NewMethodSet(t).Lookup(pkg, name)
	if sel == nil {
		return nil
	}
	fn, _ := sel.Obj().(*types.Func)
	return fn
}

// sameModule reports whether a package path is in the module of the
// package analyzed; without module information, whether it is neither
// the standard library's nor a client library's.
func (e *engine) sameModule(path string) bool {
	if m := e.pass.Module; m != nil && m.Path != "" {
		return path == m.Path || strings.HasPrefix(path, m.Path+"/")
	}
	return !foreignInterface(path)
}

// declared returns the declared function that fn is, or that the
// function literal fn is in.
func declared(fn *ssa.Function) *ssa.Function {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	return fn
}

// funcName returns the full name of a declared function; "" for a
// package's initializer.
func funcName(fn *ssa.Function) string {
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return ""
	}
	return obj.Origin().FullName()
}

// makers returns the full names of the function that fn is in and of the
// functions of the package that call it, directly or not, sorted.
func (e *engine) makers(fn *ssa.Function) []string {
	if e.callers == nil {
		e.callers = e.packageCallers()
	}
	seen := map[*ssa.Function]bool{declared(fn): true}
	queue := []*ssa.Function{declared(fn)}
	var names []string
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		if name := funcName(f); name != "" {
			names = append(names, name)
		}
		for _, c := range e.callers[f] {
			if !seen[c] {
				seen[c] = true
				queue = append(queue, c)
			}
		}
	}
	slices.Sort(names)
	return names
}

// packageCallers maps each declared function of the package to those of
// its functions that call it.
func (e *engine) packageCallers() map[*ssa.Function][]*ssa.Function {
	callers := make(map[*ssa.Function][]*ssa.Function)
	for _, f := range e.fns {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				if callee := call.Common().StaticCallee(); callee != nil && callee.Pkg == f.Pkg {
					callee, caller := declared(callee), declared(f)
					callers[callee] = append(callers[callee], caller)
				}
			}
		}
	}
	return callers
}

// wiredElsewhere returns, by what they fill, the implementations that the
// packages this one imports wire.
func (e *engine) wiredElsewhere() map[string][]Implementation {
	if e.elsewhere == nil {
		e.elsewhere = make(map[string][]Implementation)
		for _, f := range e.pass.AllPackageFacts() {
			if fact, ok := f.Fact.(*Implementations); ok && f.Package != e.pass.Pkg {
				for _, impl := range fact.List {
					e.elsewhere[impl.key()] = append(e.elsewhere[impl.key()], impl)
				}
			}
		}
	}
	return e.elsewhere
}

// implemented follows a call through an interface or a function-valued
// field the package has no implementation of into the implementations
// that imported packages wire, and returns what they return and the
// flows into their requests; ok is false when none is known.
func (s *state) implemented(call ssa.CallInstruction) (out taint, flows []Flow, ok bool) {
	target, ok := s.injectedTargetOf(call.Common())
	if !ok {
		return nil, nil, false
	}
	impls := s.engine.wiredElsewhere()[implementationKey(target.name(), target.member, target.field)]
	common := call.Common()
	for _, impl := range impls {
		args := common.Args
		if !target.field || impl.Shift > 0 {
			// The receiver, or a bound method's, is the summary's
			// parameter 0: the call's arguments come after it.
			args = append([]ssa.Value{common.Value}, common.Args...)
		}
		what := target.owner.Obj().Pkg().Name() + "." + target.owner.Obj().Name()
		if target.field {
			what += "." + target.member
		}
		name := fmt.Sprintf("%s (wired as the %s at %s)", impl.Func, what, impl.At)
		t, fs := s.passes(&summary{Summary: impl.Summary}, call, args, name)
		out = join(out, t)
		flows = append(flows, fs...)
	}
	return out, flows, len(impls) > 0
}
