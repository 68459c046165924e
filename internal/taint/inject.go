package taint

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/openaiapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/types/typeutil"
)

// Dependency injection across packages (see the package documentation):
// a package that passes user input to a method of an interface whose
// implementation it cannot see exports those calls as an InputCalls fact;
// a package that converts a type to that interface joins the fact with
// the Summary fact of the type's method, and reports at the conversion.

// InputCalls is the fact of a package's calls through interfaces it has
// no implementation of that carry user input.
type InputCalls struct {
	Calls []InputCall
}

func (*InputCalls) AFact() {}

func (c *InputCalls) String() string {
	out := "inputcalls("
	for i, call := range c.Calls {
		if i > 0 {
			out += " "
		}
		out += fmt.Sprintf("%s.%s:%d<-%s", call.Interface, call.Method, call.Param, call.What)
		if call.Bounded {
			out += ",bounded"
		}
		if call.Moderated {
			out += ",moderated"
		}
	}
	return out + ")"
}

// InputCall is user input passed to a method of an interface.
type InputCall struct {
	// Interface names the interface type (package path and name), Method
	// the method, and Param the argument, counting the receiver as 0
	// as Summary facts do.
	Interface, Method string
	Param             int
	// What is the code that reads the input; At and Source are the
	// call's and the read's positions, as file:line text: positions of
	// another package are no token.Pos a later pass can use.
	What, At, Source string
	// The labels of the input at the call.
	System, Allowlisted, Bounded, Moderated bool
}

// passesInputToInterfaces reports whether a package that sends nothing to
// a model may still pass user input to one through an interface it is
// given: it reads user input, and calls a method of an interface that is
// neither the standard library's nor a client library's. Both are found
// in the type information, without SSA.
func passesInputToInterfaces(pass *analysis.Pass, sources func(*types.Func) bool) bool {
	if sourceLibrary(pass.Pkg.Path()) {
		return false // a web framework's or a bot library's own dispatch
	}
	reads, calls := false, false
	for _, sel := range pass.TypesInfo.Selections {
		fn, ok := sel.Obj().(*types.Func)
		if !ok || fn.Pkg() == nil {
			continue
		}
		if sources(fn) || userInput.HasField(sel.Recv(), lastIndex(sel)) {
			reads = true
		}
		if sel.Kind() == types.MethodVal && types.IsInterface(sel.Recv()) && !foreignInterface(fn.Pkg().Path()) {
			calls = true
		}
	}
	return reads && calls
}

// forwardsToInterfaces reports whether a package that sends nothing to a
// model may pass on what its callers give it to an interface it is given
// (a layer between a handler and the model): a function that takes a
// parameter other than a context or a number calls a method of an
// interface that is neither the standard library's nor a client
// library's, or a function of another package whose fact says it
// forwards its parameters so. Both are found in the syntax and the type
// information, without SSA.
func forwardsToInterfaces(pass *analysis.Pass) bool {
	if dependency(pass) || sourceLibrary(pass.Pkg.Path()) {
		return false
	}
	for _, f := range pass.Files {
		if ast.IsGenerated(f) {
			continue
		}
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !takesText(pass.TypesInfo, fd.Type.Params) {
				continue
			}
			found := false
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok && !found {
					found = callsProgramInterface(pass.TypesInfo, call) || callsForwarder(pass, call)
				}
				return !found
			})
			if found {
				return true
			}
		}
	}
	return false
}

// dependency reports whether the package belongs to a module the program
// requires at a version: a library, whose interfaces are its own
// (testing.TB-like reporters, loggers' writers), not a layer the program
// wires to a model.
func dependency(pass *analysis.Pass) bool {
	return pass.Module != nil && pass.Module.Version != ""
}

// takesText reports whether a parameter list has a parameter that may
// carry text: neither a context nor a number.
func takesText(info *types.Info, params *ast.FieldList) bool {
	for _, field := range params.List {
		if t := info.TypeOf(field.Type); t != nil && !isContext(t) && !isScalar(t) {
			return true
		}
	}
	return false
}

// callsProgramInterface reports whether call is of a method of an
// interface of the program that is given something other than a context.
func callsProgramInterface(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	selection := info.Selections[sel]
	if selection == nil || selection.Kind() != types.MethodVal || !types.IsInterface(selection.Recv()) {
		return false
	}
	if fn := selection.Obj(); fn.Pkg() == nil || foreignInterface(fn.Pkg().Path()) || sourceLibrary(fn.Pkg().Path()) {
		return false
	}
	return slices.ContainsFunc(call.Args, func(arg ast.Expr) bool { return !isContext(info.TypeOf(arg)) })
}

// callsForwarder reports whether call is of a function of another package
// that forwards its parameters to interfaces.
func callsForwarder(pass *analysis.Pass, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg() == pass.Pkg {
		return false
	}
	var sum Summary
	return pass.ImportObjectFact(fn, &sum) && len(sum.Forwards) > 0
}

func lastIndex(sel *types.Selection) int {
	index := sel.Index()
	return index[len(index)-1]
}

// foreignInterface reports whether an interface of this package path is
// one whose implementations are not the program's: the standard library's
// (io.Reader) and the client libraries'.
func foreignInterface(path string) bool {
	return astutil.IsStandard(path) || openaiapi.IsClientPackage(path)
}

// sourceLibraries are the roots of the modules whose APIs the source
// tables name: libraries that read user input for the program, and call
// its handlers through their own interfaces. They are no program that
// wires a model behind an interface, and their packages cost nothing.
var sourceLibraries = sync.OnceValue(func() map[string]bool {
	roots := make(map[string]bool)
	for n := range userInput {
		if astutil.IsStandard(n.Pkg) {
			continue
		}
		parts := strings.Split(n.Pkg, "/")
		k := 2
		if parts[0] == "github.com" {
			k = 3
		}
		roots[strings.Join(parts[:min(k, len(parts))], "/")] = true
	}
	return roots
})

// sourceLibrary reports whether a package belongs to one of the
// sourceLibraries.
func sourceLibrary(path string) bool {
	for root := range sourceLibraries() {
		if path == root || strings.HasPrefix(path, root+"/") {
			return true
		}
	}
	return false
}

// injected records a call through an interface the package has no
// implementation of, for the InputCalls fact.
func (s *state) injected(call ssa.CallInstruction) {
	common := call.Common()
	named, ok := types.Unalias(common.Value.Type()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || foreignInterface(named.Obj().Pkg().Path()) || s.engine.generated(call.Pos()) {
		return // generated code calls a gRPC server's methods: their requests are sources there (generated.go)
	}
	if s.inputCalls == nil {
		s.inputCalls = make(map[ssa.CallInstruction]bool)
	}
	s.inputCalls[call] = true
}

// Forward is a parameter that a function passes on to a method of an
// interface its package has no implementation of.
type Forward struct {
	Param int
	// Interface, Method and Arg are where it goes: the interface's
	// package path and name, the method, and the argument, counting the
	// receiver as 0 as Param does.
	Interface, Method string
	Arg               int
	// The labels it has there.
	System, Allowlisted, Bounded, Moderated bool
}

// forward records what a call passes to a function whose summary
// forwards its parameters to interfaces.
func (s *state) forward(call ssa.CallInstruction, forwards []Forward, args []ssa.Value) {
	for _, f := range forwards {
		if f.Param >= len(args) {
			continue
		}
		t := s.apply(s.use(args[f.Param], call.Block()), Effect{System: f.System, Allowlisted: f.Allowlisted, Bounded: f.Bounded}, args)
		if f.Moderated {
			t = t.with(func(l *label) { l.moderated = true })
		}
		to := f
		to.Param, to.System, to.Allowlisted, to.Bounded, to.Moderated = 0, false, false, false, false
		if s.forwarded == nil {
			s.forwarded = make(map[ssa.CallInstruction]map[Forward]taint)
		}
		if s.forwarded[call] == nil {
			s.forwarded[call] = make(map[Forward]taint)
		}
		s.forwarded[call][to] = join(s.forwarded[call][to], t)
	}
}

// interfaceUse is a value that a call passes to a method of an interface
// the package has no implementation of: directly, or through a function
// that forwards it there.
type interfaceUse struct {
	call ssa.CallInstruction
	to   Forward // where it goes; no parameter or labels
	l    label   // with the labels at the call
}

// interfaceUses lists what the function passes to methods of interfaces
// the package has no implementation of, in the order of the calls.
func (s *state) interfaceUses() []interfaceUse {
	calls := slices.Collect(maps.Keys(s.inputCalls))
	for call := range s.forwarded {
		if !s.inputCalls[call] {
			calls = append(calls, call)
		}
	}
	if len(calls) == 0 {
		return nil
	}
	slices.SortFunc(calls, func(a, b ssa.CallInstruction) int { return int(a.Pos() - b.Pos()) })
	mods := s.moderations(s.engine.calls)
	var out []interfaceUse
	add := func(call ssa.CallInstruction, to Forward, t taint) {
		for _, l := range t {
			if l.output || l.scalar {
				continue
			}
			l.bounded = l.bounded || l.allowlisted
			l.moderated = l.moderated || s.moderated(mods, l.source, call.Block())
			out = append(out, interfaceUse{call, to, l})
		}
	}
	for _, call := range calls {
		if s.inputCalls[call] {
			common := call.Common()
			named := types.Unalias(common.Value.Type()).(*types.Named)
			for i, arg := range common.Args {
				if !isContext(arg.Type()) { // what a request's context carries is no prompt text
					add(call, Forward{Interface: qualifiedName(named), Method: common.Method.Name(), Arg: i + 1}, s.use(arg, call.Block()))
				}
			}
		}
		forwards := s.forwarded[call]
		for _, to := range slices.SortedFunc(maps.Keys(forwards), compareForwards) {
			add(call, to, forwards[to])
		}
	}
	return out
}

func compareForwards(a, b Forward) int {
	return cmp.Or(cmp.Compare(a.Interface, b.Interface), cmp.Compare(a.Method, b.Method), cmp.Compare(a.Arg, b.Arg), cmp.Compare(a.Param, b.Param))
}

func qualifiedName(named *types.Named) string {
	return named.Obj().Pkg().Path() + "." + named.Obj().Name()
}

// exportedCalls lists the user input the function passes to interfaces
// it has no implementation of, with the labels at the call.
func (s *state) exportedCalls() []InputCall {
	var out []InputCall
	for _, use := range s.interfaceUses() {
		if use.l.source < 0 {
			continue
		}
		out = append(out, InputCall{
			Interface: use.to.Interface, Method: use.to.Method, Param: use.to.Arg,
			What: use.l.what, At: s.engine.position(use.call.Pos()), Source: s.engine.position(use.l.source),
			System: use.l.system, Allowlisted: use.l.allowlisted, Bounded: use.l.bounded, Moderated: use.l.moderated,
		})
	}
	return out
}

// forwards lists, in a summary, the parameters the function passes on to
// interfaces its package has no implementation of: once for each place
// each goes, with what holds on every way there.
func (s *state) forwards() []Forward {
	var out []Forward
	for _, use := range s.interfaceUses() {
		if use.l.source >= 0 || sourceLibrary(use.to.Interface[:strings.LastIndex(use.to.Interface, ".")]) {
			continue // input, or a web framework's own interface (its context's JSON)
		}
		f := use.to
		f.Param = int(-1 - use.l.source)
		i := slices.IndexFunc(out, func(o Forward) bool {
			return o.Param == f.Param && o.Interface == f.Interface && o.Method == f.Method && o.Arg == f.Arg
		})
		if i < 0 {
			f.System, f.Allowlisted, f.Bounded, f.Moderated = use.l.system, use.l.allowlisted, use.l.bounded, use.l.moderated
			out = append(out, f)
			continue
		}
		o := &out[i]
		o.System = o.System || use.l.system
		o.Allowlisted = o.Allowlisted && use.l.allowlisted
		o.Bounded = o.Bounded && use.l.bounded
		o.Moderated = o.Moderated && use.l.moderated
	}
	slices.SortFunc(out, compareForwards)
	return out
}

// generated reports whether pos is in a generated file of the package.
func (e *engine) generated(pos token.Pos) bool {
	for _, f := range e.pass.Files {
		if f.FileStart <= pos && pos < f.FileEnd {
			return ast.IsGenerated(f)
		}
	}
	return false
}

// wiringPos is where a conversion to an interface is in the source: the
// conversion, the store of its value into a field of a composite literal,
// the call it is passed to, or, when none has a position of its own,
// where the converted value is made.
func wiringPos(mi *ssa.MakeInterface) token.Pos {
	if mi.Pos().IsValid() {
		return mi.Pos()
	}
	for _, ref := range *mi.Referrers() {
		switch ref := ref.(type) {
		case *ssa.Store, *ssa.Call:
			if ref.Pos().IsValid() {
				return ref.Pos()
			}
		}
	}
	return mi.X.Pos()
}

// position is a position of the package as text: dir/file:line, the
// file named with its directory's last element, as a reader finds it
// from the package (support/support.go:37).
func (e *engine) position(pos token.Pos) string {
	p := e.pass.Fset.Position(pos)
	return fmt.Sprintf("%s/%s:%d", filepath.Base(filepath.Dir(p.Filename)), filepath.Base(p.Filename), p.Line)
}

// wiresInjected reports whether a package imports one that passes user
// input through interfaces it has no implementation of.
func wiresInjected(pass *analysis.Pass) bool {
	for _, f := range pass.AllPackageFacts() {
		if calls, ok := f.Fact.(*InputCalls); ok && len(calls.Calls) > 0 {
			return true
		}
	}
	return false
}

// exportInjection exports the package's InputCalls and Wirings facts:
// its own calls and conversions, and those of the packages it imports.
// Passing them on lets a package that wires the program see a handler
// package it imports only through another (main imports the server,
// which imports the handlers), as drivers deliver to a package the facts
// of its direct imports, and of others only as far as its imports' types
// reach them.
func exportInjection(pass *analysis.Pass, calls []InputCall, wirings []Wiring) {
	for _, f := range pass.AllPackageFacts() {
		if f.Package == pass.Pkg {
			continue
		}
		switch fact := f.Fact.(type) {
		case *InputCalls:
			for _, c := range fact.Calls {
				if !slices.Contains(calls, c) {
					calls = append(calls, c)
				}
			}
		case *Wirings:
			for _, w := range fact.Wirings {
				if !slices.ContainsFunc(wirings, w.same) {
					wirings = append(wirings, w)
				}
			}
		}
	}
	if len(calls) > 0 {
		pass.ExportPackageFact(&InputCalls{Calls: calls})
	}
	if len(wirings) > 0 {
		pass.ExportPackageFact(&Wirings{Wirings: wirings})
	}
}

// Wirings is the fact of a package's conversions of types to interfaces
// of the program, where the type's methods send what they are given to
// the model or forward it to other interfaces: what a package that
// imports it needs to follow a call through an interface whose
// implementation is converted out of its sight (in a constructor that
// returns the interface, or in a package that builds the clients).
type Wirings struct {
	Wirings []Wiring
}

func (*Wirings) AFact() {}

func (w *Wirings) String() string {
	var parts []string
	for _, wiring := range w.Wirings {
		parts = append(parts, fmt.Sprintf("%s as %s in %s", wiring.Type, wiring.Interface, wiring.Func))
	}
	return "wirings(" + strings.Join(parts, " ") + ")"
}

// Wiring is a type converted to an interface.
type Wiring struct {
	// Interface is the interface's package path and name; Name, its
	// package name and name, for messages.
	Interface, Name string
	// Type names the converted type, for messages.
	Type string
	// Func is the function that converts it (types.Func.FullName): a
	// call of it is where an importer wires the type to the interface.
	Func string
	// Methods are the type's methods of the interface that send or
	// forward what they are given.
	Methods []ImplMethod
}

// ImplMethod is what a method of an implementation does with its
// parameters, of its Summary.
type ImplMethod struct {
	// Name is the method's name; Impl names it with its type, for
	// messages (OpenAI.Answer).
	Name, Impl string
	Requests   []Effect
	Forwards   []Forward
}

// same reports whether two wirings convert the same type to the same
// interface in the same function.
func (w Wiring) same(o Wiring) bool {
	return w.Interface == o.Interface && w.Type == o.Type && w.Func == o.Func
}

// conversion is a type converted to an interface of the program: here,
// or in a package this one imports.
type conversion struct {
	Wiring
	// mi is the conversion when it is made here.
	mi *ssa.MakeInterface
}

// conversions lists the conversions the package makes of types to
// interfaces of the program whose methods send or forward what they are
// given.
func (e *engine) conversions() []conversion {
	var out []conversion
	for _, fn := range e.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				mi, ok := instr.(*ssa.MakeInterface)
				if !ok {
					continue
				}
				named, ok := types.Unalias(mi.Type()).(*types.Named)
				if !ok || named.Obj().Pkg() == nil || foreignInterface(named.Obj().Pkg().Path()) {
					continue
				}
				methods := e.implMethods(mi.X.Type(), named)
				if len(methods) == 0 {
					continue
				}
				out = append(out, conversion{Wiring{
					Interface: qualifiedName(named), Name: named.Obj().Pkg().Name() + "." + named.Obj().Name(),
					Type: types.TypeString(mi.X.Type(), (*types.Package).Name), Func: enclosingName(fn), Methods: methods,
				}, mi})
			}
		}
	}
	slices.SortFunc(out, func(a, b conversion) int { return int(a.mi.X.Pos() - b.mi.X.Pos()) })
	return out
}

// enclosingName is the full name of the declared function fn is, or is
// within ("" for a package's initializer).
func enclosingName(fn *ssa.Function) string {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	if obj, ok := fn.Object().(*types.Func); ok {
		return obj.FullName()
	}
	return ""
}

// wirings lists the package's own conversions for its Wirings fact. A
// library required at a version keeps only the methods that send to a
// model: its forwards go to its own interfaces, no layer of the program.
func (e *engine) wirings() []Wiring {
	var out []Wiring
	for _, c := range e.conversions() {
		w := c.Wiring
		if dependency(e.pass) {
			w.Methods = slices.DeleteFunc(slices.Clone(w.Methods), func(m ImplMethod) bool { return len(m.Requests) == 0 })
		}
		if len(w.Methods) > 0 && !slices.ContainsFunc(out, w.same) {
			out = append(out, w)
		}
	}
	return out
}

// implMethods returns what the methods of an interface, run on a concrete
// type, do with their parameters, by their summaries: those that send or
// forward something.
func (e *engine) implMethods(concrete types.Type, iface *types.Named) []ImplMethod {
	it, ok := iface.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	mset := types.NewMethodSet(concrete)
	var out []ImplMethod
	for m := range it.Methods() {
		sel := mset.Lookup(m.Pkg(), m.Name())
		if sel == nil {
			continue
		}
		method, ok := sel.Obj().(*types.Func)
		if !ok || method.Pkg() == nil {
			continue
		}
		var sum Summary
		if method.Pkg() == e.pass.Pkg {
			fn := e.fns[0].Prog.FuncValue(method)
			if fn == nil {
				continue
			}
			s := e.summary(fn)
			if s == nil {
				continue
			}
			sum = s.Summary
		} else if !e.pass.ImportObjectFact(method, &sum) {
			continue
		}
		if len(sum.Requests) > 0 || len(sum.Forwards) > 0 {
			out = append(out, ImplMethod{Name: m.Name(), Impl: wrapperName(method), Requests: wholeRequests(method, sum.Requests), Forwards: sum.Forwards})
		}
	}
	return out
}

// wholeRequests returns a method's requests as they hold of any part of
// a parameter: a summary labels a struct parameter as a whole, and when
// one of its fields is placed in the system prompt, the caller's input in
// another field is not (a prompt type with System and User fields).
func wholeRequests(method *types.Func, requests []Effect) []Effect {
	params := method.Signature().Params()
	out := slices.Clone(requests)
	for i, r := range out {
		if r.Param >= 1 && r.Param <= params.Len() && hasFields(params.At(r.Param-1).Type()) {
			out[i].System = false
		}
	}
	return out
}

// hasFields reports whether t is a struct, or a pointer to one.
func hasFields(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// maxLayers bounds the interfaces a chain of forwards goes through.
const maxLayers = 4

// injectedFlows joins the InputCalls facts of the packages this one
// imports with the conversions of types to their interfaces: input passed
// to a method whose implementation sends it to the model, directly or
// through the implementations of the further interfaces it forwards it
// to, is a flow. It is reported where this package wires the first
// interface: at its conversion, or at the call of the function of another
// package that converts it; once for each call of the other package (at
// the first wiring that completes it). The further interfaces may be
// converted here or in any package this one imports.
func (e *engine) injectedFlows() []Flow {
	var calls []InputCall
	var imported []Wiring
	for _, f := range e.pass.AllPackageFacts() {
		switch fact := f.Fact.(type) {
		case *InputCalls:
			calls = append(calls, fact.Calls...)
		case *Wirings:
			imported = append(imported, fact.Wirings...)
		}
	}
	if len(calls) == 0 {
		return nil
	}
	local := e.conversions()
	// The implementations of each interface, once for each type: the
	// same type converted in several places does the same.
	byInterface := make(map[string][]Wiring)
	add := func(w Wiring) {
		if !slices.ContainsFunc(byInterface[w.Interface], func(o Wiring) bool { return o.Type == w.Type }) {
			byInterface[w.Interface] = append(byInterface[w.Interface], w)
		}
	}
	for _, c := range local {
		add(c.Wiring)
	}
	for _, w := range imported {
		add(w)
	}
	type site struct {
		Wiring
		at, end, order token.Pos
	}
	var sites []site
	for _, c := range local {
		if at := wiringPos(c.mi); at.IsValid() {
			sites = append(sites, site{c.Wiring, at, at, c.mi.X.Pos()})
		}
	}
	if len(imported) > 0 {
		for _, fn := range e.fns {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					call, ok := instr.(*ssa.Call)
					if !ok || call.Common().StaticCallee() == nil {
						continue
					}
					callee, ok := call.Common().StaticCallee().Object().(*types.Func)
					expr := e.callExpr(call.Pos())
					if !ok || expr == nil {
						continue
					}
					for _, w := range imported {
						if w.Func == callee.FullName() {
							sites = append(sites, site{w, expr.Pos(), expr.Fun.End(), expr.Pos()})
						}
					}
				}
			}
		}
	}
	slices.SortStableFunc(sites, func(a, b site) int { return int(a.order - b.order) })
	var flows []Flow
	reported := make(map[string]bool)
	for _, st := range sites {
		for _, c := range calls {
			key := c.At + "\x00" + c.What
			if reported[key] || c.Interface != st.Interface {
				continue
			}
			for _, m := range st.Methods {
				if m.Name != c.Method {
					continue
				}
				for _, end := range reach(byInterface, m, c.Param, make(map[Forward]bool)) {
					reported[key] = true
					through := fmt.Sprintf("%s (wired here as the %s called at %s)", end.impl, st.Name, c.At)
					if len(end.layers) > 0 {
						through = fmt.Sprintf("%s (wired here as the %s called at %s, then through %s)", end.impl, st.Name, c.At, strings.Join(end.layers, ", "))
					}
					effect := end.effect
					f := Flow{
						At: st.at, AtEnd: st.end, Endpoint: effect.Endpoint, Kind: effect.Kind, Through: through,
						What:   fmt.Sprintf("%s (%s)", c.What, c.Source),
						System: c.System || effect.System, Allowlisted: c.Allowlisted || effect.Allowlisted,
						Bounded: c.Bounded || effect.Bounded || effect.Allowlisted, Moderated: c.Moderated || effect.Moderated,
						injectedAt: c.At,
					}
					if !slices.Contains(flows, f) { // a struct's parts reach one request twice
						flows = append(flows, f)
					}
				}
			}
		}
	}
	slices.SortFunc(flows, func(a, b Flow) int { return int(a.At - b.At) })
	return flows
}

// chainEnd is a request that a parameter of an implementation's method
// reaches, with the labels it gets on every layer, and the layers it goes
// through ("Service.Ask to the llm.Client").
type chainEnd struct {
	effect Effect
	impl   string
	layers []string
}

// reach returns the requests that parameter param of method m reaches:
// those m sends it to, and those that the implementations of the
// interfaces m forwards it to reach in turn, by the conversions the
// package can see. seen holds the forwards on the way, so that a cycle
// ends.
func reach(byInterface map[string][]Wiring, m ImplMethod, param int, seen map[Forward]bool) []chainEnd {
	var out []chainEnd
	for _, r := range m.Requests {
		if r.Param == param {
			out = append(out, chainEnd{effect: r, impl: m.Impl})
		}
	}
	for _, f := range m.Forwards {
		if f.Param != param || seen[f] || len(seen) >= maxLayers {
			continue
		}
		seen[f] = true
		for _, next := range byInterface[f.Interface] {
			for _, nm := range next.Methods {
				if nm.Name != f.Method {
					continue
				}
				for _, end := range reach(byInterface, nm, f.Arg, seen) {
					end.effect.System = end.effect.System || f.System
					end.effect.Allowlisted = end.effect.Allowlisted || f.Allowlisted
					end.effect.Bounded = end.effect.Bounded || f.Bounded
					end.effect.Moderated = end.effect.Moderated || f.Moderated
					end.layers = append([]string{fmt.Sprintf("%s to the %s", m.Impl, next.Name)}, end.layers...)
					out = append(out, end)
				}
			}
		}
		delete(seen, f)
	}
	return out
}
