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
	"github.com/openaivet/openaivet/internal/openaiapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
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
// input through interfaces it has no implementation of.
func wiresInjected(pass *analysis.Pass) bool {
	for _, f := range pass.AllPackageFacts() {
		if calls, ok := f.Fact.(*InputCalls); ok && len(calls.Calls) > 0 {
			return true
		}
	}
	return false
}

// injectedFlows joins the InputCalls facts of the packages this one
// imports with the conversions it makes of types to their interfaces:
// input passed to a method whose implementation here sends it to the
// model is a flow, reported at the conversion, once for each call of the
// other package (at the first conversion that completes it).
func (e *engine) injectedFlows() []Flow {
	var calls []InputCall
	for _, f := range e.pass.AllPackageFacts() {
		if fact, ok := f.Fact.(*InputCalls); ok {
			calls = append(calls, fact.Calls...)
		}
	}
	if len(calls) == 0 {
		return nil
	}
	interfaces := make(map[string]*types.Named)
	for _, c := range calls {
		if _, done := interfaces[c.Interface]; !done {
			interfaces[c.Interface] = lookupNamed(e.pass.Pkg, c.Interface)
		}
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
	reported := make(map[string]bool)
	for _, mi := range conversions {
		for _, c := range calls {
			key := c.At + "\x00" + c.What
			iface := interfaces[c.Interface]
			if reported[key] || iface == nil || !types.Identical(mi.Type(), iface) {
				continue
			}
			at := wiringPos(mi)
			if !at.IsValid() {
				continue // no place to report it
			}
			for _, effect := range e.implementationRequests(mi.X.Type(), iface, c) {
				reported[key] = true
				flows = append(flows, Flow{
					At: at, AtEnd: at, Endpoint: effect.Endpoint, Kind: effect.Kind,
					Through: fmt.Sprintf("%s (wired here as the %s.%s called at %s)", wrapperName(effect.method), iface.Obj().Pkg().Name(), iface.Obj().Name(), c.At),
					What:    fmt.Sprintf("%s (%s)", c.What, c.Source),
					System:  c.System || effect.System, Allowlisted: c.Allowlisted || effect.Allowlisted,
					Bounded: c.Bounded || effect.Bounded || effect.Allowlisted, Moderated: c.Moderated || effect.Moderated,
				})
			}
		}
	}
	slices.SortFunc(flows, func(a, b Flow) int { return int(a.At - b.At) })
	return flows
}

// methodRequest is a request the method of an implementation sends a
// parameter to.
type methodRequest struct {
	Effect
	method *types.Func
}

// implementationRequests returns the requests that the method a call
// runs on a concrete type sends its argument to, by the method's Summary.
func (e *engine) implementationRequests(concrete types.Type, iface *types.Named, c InputCall) []methodRequest {
	sel := types.NewMethodSet(concrete).Lookup(iface.Obj().Pkg(), c.Method)
	if sel == nil {
		return nil
	}
	method, ok := sel.Obj().(*types.Func)
	if !ok {
		return nil
	}
	var sum Summary
	if method.Pkg() == e.pass.Pkg {
		if fn := e.fns[0].Prog.FuncValue(method); fn != nil {
			if s := e.summary(fn); s != nil {
				sum = s.Summary
			}
		}
	} else if !e.pass.ImportObjectFact(method, &sum) {
		return nil
	}
	var out []methodRequest
	for _, effect := range sum.Requests {
		if effect.Param == c.Param {
			out = append(out, methodRequest{effect, method})
		}
	}
	return out
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
