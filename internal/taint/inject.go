package taint

import (
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
	"github.com/openaivet/openaivet/internal/config"
	"github.com/openaivet/openaivet/internal/openaiapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Dependency injection across packages (see the package documentation):
// a package that passes user input to a method of an interface whose
// implementation it cannot see, or sends what such a method returns to a
// sink, exports those calls as an InjectedCalls fact; a package that
// converts a type to that interface joins the fact with the Summary fact
// of the type's method, and reports at the conversion.

// InjectedCalls is the fact of a package's calls through interfaces it
// has no implementation of: those that carry user input, and those whose
// results reach sinks.
type InjectedCalls struct {
	Inputs  []InputCall
	Outputs []OutputCall
}

func (*InjectedCalls) AFact() {}

func (c *InjectedCalls) String() string {
	out := "injected("
	for i, call := range c.Inputs {
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
	for _, call := range c.Outputs {
		out += fmt.Sprintf(" %s.%s->%s@%s", call.Interface, call.Method, call.Kind, call.Sink)
	}
	return out + ")"
}

// OutputCall is the result of a method of an interface reaching a sink.
type OutputCall struct {
	// Interface names the interface type (package path and name), and
	// Method the method.
	Interface, Method string
	// Kind is what the sink does; At and Sink are the call's and the
	// sink's positions, as file:line text.
	Kind     SinkKind
	At, Sink string
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

// sinksInterfaceResults reports whether a package of the program that
// sends nothing to a model may still send a model's output, returned
// through an interface it is given, to a sink: a function of it calls a
// method of an interface that is neither the standard library's nor a
// client library's and returns text, and uses a sink. Found in the
// syntax and the type information, without SSA.
func sinksInterfaceResults(pass *analysis.Pass, cfg *config.Config) bool {
	if sourceLibrary(pass.Pkg.Path()) || dependency(pass) {
		return false
	}
	return sinksResultOf(pass, cfg, func(call *ast.CallExpr) bool {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		s := pass.TypesInfo.Selections[sel]
		if s == nil || s.Kind() != types.MethodVal || !types.IsInterface(s.Recv()) {
			return false
		}
		fn, ok := s.Obj().(*types.Func)
		return ok && fn.Pkg() != nil && !foreignInterface(fn.Pkg().Path()) && returnsText(fn.Signature())
	})
}

// sinksResultOf reports whether a function of the package both makes a
// call that returns holds for and uses a sink of the tables or of the
// configuration (a function, a trusted html/template type, os/exec): where
// neither meets the other in one function, no output is acted on, and
// the package costs nothing. A function literal counts with the function
// it is in.
func sinksResultOf(pass *analysis.Pass, cfg *config.Config, returns func(*ast.CallExpr) bool) bool {
	isSink := func(obj types.Object) bool {
		if obj == nil || obj.Pkg() == nil {
			return false
		}
		switch path := obj.Pkg().Path(); {
		case path == "os/exec":
			return true // an exec.Cmd's fields, a shell's input
		case path == "html/template" && trustedTypes[obj.Name()]:
			return true
		}
		fn, ok := obj.(*types.Func)
		if !ok {
			return false
		}
		_, sink := sinkOf(fn)
		return sink || cfg.Sinks.Has(fn)
	}
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			returned, sunk := false, false
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					returned = returned || returns(n)
				case *ast.Ident:
					sunk = sunk || isSink(pass.TypesInfo.Uses[n])
				}
				return !(returned && sunk)
			})
			if returned && sunk {
				return true
			}
		}
	}
	return false
}

// dependency reports whether the package is in a module the program
// requires at a version, rather than one of the program's own: a library
// calls its interfaces for whoever uses it, and the program that wires one
// of them analyzes its own code.
func dependency(pass *analysis.Pass) bool {
	return pass.Module != nil && pass.Module.Version != ""
}

// returnsText reports whether a function returns a value that can hold
// text: anything but numbers, booleans and errors.
func returnsText(sig *types.Signature) bool {
	for v := range sig.Results().Variables() {
		if t := v.Type(); !isScalar(t) && !types.Identical(t, errorType) {
			return true
		}
	}
	return false
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
// implementation of, for the InjectedCalls fact, and returns what the
// call returns: output of the model if the implementation wired in
// returns some.
func (s *state) injected(call ssa.CallInstruction) taint {
	named, ok := s.programInterface(call.Common())
	if !ok {
		return nil
	}
	if s.inputCalls == nil {
		s.inputCalls = make(map[ssa.CallInstruction]bool)
	}
	s.inputCalls[call] = true
	what := named.Obj().Name() + "." + call.Common().Method.Name()
	return taint{{source: call.Pos(), what: what, output: true, through: call}}
}

// programInterface returns the interface a call goes through when it is
// one of the program's, whose implementation another package may wire in.
func (s *state) programInterface(common *ssa.CallCommon) (*types.Named, bool) {
	named, ok := types.Unalias(common.Value.Type()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || foreignInterface(named.Obj().Pkg().Path()) || s.engine.generated(common.Pos()) {
		return nil, false // generated code calls a gRPC server's methods: their requests are sources there (generated.go)
	}
	return named, true
}

// injectedOutput records what a call through an interface returns
// reaching a sink, for the InjectedCalls fact.
func (s *state) injectedOutput(l label, kind SinkKind, sink ssa.Instruction) {
	if s.summarizing {
		return // the function's own run records it
	}
	common := l.through.Common()
	named, _ := s.programInterface(common)
	call := OutputCall{
		Interface: named.Obj().Pkg().Path() + "." + named.Obj().Name(), Method: common.Method.Name(),
		Kind: kind, At: s.engine.position(l.through.Pos()), Sink: s.engine.position(sinkPos(sink)),
	}
	if !slices.Contains(s.outputCalls, call) {
		s.outputCalls = append(s.outputCalls, call)
	}
}

// exportedCalls lists what the function passes through interfaces it has
// no implementation of, with the labels at the call.
func (s *state) exportedCalls() []InputCall {
	if len(s.inputCalls) == 0 {
		return nil
	}
	mods := s.moderations(s.engine.calls)
	calls := slices.SortedFunc(maps.Keys(s.inputCalls), func(a, b ssa.CallInstruction) int { return int(a.Pos() - b.Pos()) })
	var out []InputCall
	for _, call := range calls {
		common := call.Common()
		named := types.Unalias(common.Value.Type()).(*types.Named)
		for i, arg := range common.Args {
			if isContext(arg.Type()) {
				continue // what a request's context carries is no prompt text
			}
			for _, l := range s.use(arg, call.Block()) {
				if l.source < 0 || l.output || l.scalar {
					continue
				}
				out = append(out, InputCall{
					Interface: named.Obj().Pkg().Path() + "." + named.Obj().Name(), Method: common.Method.Name(), Param: i + 1,
					What: l.what, At: s.engine.position(call.Pos()), Source: s.engine.position(l.source),
					System: l.system, Allowlisted: l.allowlisted, Bounded: l.bounded || l.allowlisted,
					Moderated: l.moderated || s.moderated(mods, l.source, call.Block()),
				})
			}
		}
	}
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
// input through interfaces it has no implementation of, or sinks what
// they return.
func wiresInjected(pass *analysis.Pass) bool {
	for _, f := range pass.AllPackageFacts() {
		if calls, ok := f.Fact.(*InjectedCalls); ok && (len(calls.Inputs) > 0 || len(calls.Outputs) > 0) {
			return true
		}
	}
	return false
}

// injectedFlows joins the InjectedCalls facts of the packages this one
// imports with the conversions it makes of types to their interfaces:
// input passed to a method whose implementation here sends it to the
// model is a flow, and the model output such a method returns to a call
// whose result reaches a sink is an output. Both are reported at the
// conversion, once for each call of the other package (at the first
// conversion that completes it).
func (e *engine) injectedFlows() ([]Flow, []OutputFlow) {
	var facts InjectedCalls
	for _, f := range e.pass.AllPackageFacts() {
		if fact, ok := f.Fact.(*InjectedCalls); ok {
			facts.Inputs = append(facts.Inputs, fact.Inputs...)
			facts.Outputs = append(facts.Outputs, fact.Outputs...)
		}
	}
	if len(facts.Inputs) == 0 && len(facts.Outputs) == 0 {
		return nil, nil
	}
	interfaces := make(map[string]*types.Named)
	wired := func(mi *ssa.MakeInterface, name string) *types.Named {
		iface, done := interfaces[name]
		if !done {
			iface = lookupNamed(e.pass.Pkg, name)
			interfaces[name] = iface
		}
		if iface == nil || !types.Identical(mi.Type(), iface) {
			return nil
		}
		return iface
	}
	var conversions []*ssa.MakeInterface
	for _, fn := range e.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if mi, ok := instr.(*ssa.MakeInterface); ok {
					conversions = append(conversions, mi)
				}
			}
		}
	}
	slices.SortFunc(conversions, func(a, b *ssa.MakeInterface) int { return int(a.X.Pos() - b.X.Pos()) })
	var flows []Flow
	var outputs []OutputFlow
	reported := make(map[string]bool)
	for _, mi := range conversions {
		at := wiringPos(mi)
		if !at.IsValid() {
			continue // no place to report it
		}
		for _, c := range facts.Inputs {
			key := c.At + "\x00" + c.What
			iface := wired(mi, c.Interface)
			if reported[key] || iface == nil {
				continue
			}
			method, sum := e.implementation(mi.X.Type(), iface, c.Method)
			for _, effect := range sum.Requests {
				if effect.Param != c.Param {
					continue
				}
				reported[key] = true
				flows = append(flows, Flow{
					At: at, AtEnd: at, Endpoint: effect.Endpoint, Kind: effect.Kind,
					Through: fmt.Sprintf("%s (wired here as the %s.%s called at %s)", wrapperName(method), iface.Obj().Pkg().Name(), iface.Obj().Name(), c.At),
					What:    fmt.Sprintf("%s (%s)", c.What, c.Source),
					System:  c.System || effect.System, Allowlisted: c.Allowlisted || effect.Allowlisted,
					Bounded: c.Bounded || effect.Bounded || effect.Allowlisted, Moderated: c.Moderated || effect.Moderated,
				})
			}
		}
		for _, c := range facts.Outputs {
			key := c.At + "\x00" + c.Sink
			iface := wired(mi, c.Interface)
			if reported[key] || iface == nil {
				continue
			}
			method, sum := e.implementation(mi.X.Type(), iface, c.Method)
			if len(sum.Outputs) == 0 {
				continue
			}
			o := sum.Outputs[0]
			reported[key] = true
			outputs = append(outputs, OutputFlow{
				Response: at, What: o.What, Sink: at, Kind: c.Kind, Func: mi.Parent().Pos(),
				Origin: fmt.Sprintf("the model's output comes from %s, wired here as the %s.%s called at %s: it returns the output of the %s at %s, which reaches %s at %s",
					wrapperName(method), iface.Obj().Pkg().Name(), iface.Obj().Name(), c.At, o.What, o.At, c.Kind, c.Sink),
			})
		}
	}
	slices.SortFunc(flows, func(a, b Flow) int { return int(a.At - b.At) })
	return flows, outputs
}

// implementation returns the method a call of an interface's method runs
// on a concrete type, and what its Summary says.
func (e *engine) implementation(concrete types.Type, iface *types.Named, name string) (*types.Func, Summary) {
	sel := types.NewMethodSet(concrete).Lookup(iface.Obj().Pkg(), name)
	if sel == nil {
		return nil, Summary{}
	}
	method, ok := sel.Obj().(*types.Func)
	if !ok {
		return nil, Summary{}
	}
	var sum Summary
	if method.Pkg() == e.pass.Pkg {
		if fn := e.fns[0].Prog.FuncValue(method); fn != nil {
			if s := e.summary(fn); s != nil {
				sum = s.Summary
			}
		}
	} else {
		e.pass.ImportObjectFact(method, &sum)
	}
	return method, sum
}

// lookupNamed finds a named type, by package path and name, among the
// packages a package imports, directly or not.
func lookupNamed(pkg *types.Package, qualified string) *types.Named {
	seen := make(map[*types.Package]bool)
	queue := []*types.Package{pkg}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if seen[p] {
			continue
		}
		seen[p] = true
		if prefix := p.Path() + "."; len(qualified) > len(prefix) && qualified[:len(prefix)] == prefix {
			if tn, ok := p.Scope().Lookup(qualified[len(prefix):]).(*types.TypeName); ok {
				if named, ok := types.Unalias(tn.Type()).(*types.Named); ok {
					return named
				}
			}
		}
		queue = append(queue, p.Imports()...)
	}
	return nil
}
