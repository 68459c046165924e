package taint

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
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

// OutputCall is the result of a method of an interface, or of a
// function-valued field, reaching a sink.
type OutputCall struct {
	// Interface names the interface type (package path and name), and
	// Method the method; with Field, a struct type and its field.
	Interface, Method string
	Field             bool
	// Kind is what the sink does; At and Sink are the call's and the
	// sink's positions, as file:line text.
	Kind     SinkKind
	At, Sink string
	// Caller is the calling package's path, and Holders where the
	// interface value the call goes through is kept (holders.go).
	Caller  string
	Holders []Holder
}

// InputCall is user input passed to a method of an interface, or to a
// function-valued field.
type InputCall struct {
	// Interface names the interface type (package path and name), Method
	// the method, and Param the argument, counting the receiver as 0
	// as Summary facts do. With Field, Interface names a struct type and
	// Method its function-valued field, and Param counts from 0.
	Interface, Method string
	Field             bool
	Param             int
	// What is the code that reads the input; At and Source are the
	// call's and the read's positions, as file:line text: positions of
	// another package are no token.Pos a later pass can use.
	What, At, Source string
	// The labels of the input at the call.
	System, Allowlisted, Bounded, Moderated bool
	// Parts, for a struct argument built field by field, are the fields
	// that carry the input; nil when any may.
	Parts []int
	// Caller is the calling package's path, and Holders where the
	// interface value the call goes through is kept (holders.go).
	Caller  string
	Holders []Holder
}

// sinksInterfaceResults reports whether a package of the program that
// sends nothing to a model may still send a model's output, returned
// through an interface or a function-valued field it is given, to a sink:
// a function of it calls a method of an interface, or a field, of a type
// that is neither the standard library's nor a client library's, that
// returns text, and uses a sink. Found in the
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
		if s == nil || !injectable(s) {
			return false
		}
		sig, ok := s.Obj().Type().Underlying().(*types.Signature)
		return ok && returnsText(sig)
	})
}

// sinksResultOf reports whether a function of the package both makes a
// call that returns holds for and uses a sink of the tables or of the
// configuration (a function, a trusted html/template type, os/exec), or a
// function of another package whose Summary says it runs a parameter: where
// neither meets the other in one function, no output is acted on, and
// the package costs nothing. A function literal counts with the function
// it is in. A result stored into a field or an element (s.latest =
// s.Summarize(...)) meets a sink of a function that reads the field back:
// a command, SQL text or a template, which few packages use, not a file
// path or a URL, which most do.
func sinksResultOf(pass *analysis.Pass, cfg *config.Config, returns func(*ast.CallExpr) bool) bool {
	isSink := func(obj types.Object, dangerousOnly bool) bool {
		if obj == nil || obj.Pkg() == nil {
			return false
		}
		if obj.Pkg().Path() == "os/exec" {
			return true // an exec.Cmd's fields, a shell's input
		}
		if tn, ok := obj.(*types.TypeName); ok && trustedType(tn.Type()) {
			return true
		}
		fn, ok := obj.(*types.Func)
		if !ok {
			return false
		}
		if sink, ok := sinkOf(fn); ok {
			return !dangerousOnly || sink.kind != PathSink && sink.kind != URLSink
		}
		if cfg.Sinks.Has(fn) {
			return true
		}
		var sum Summary // a helper of another package that runs a parameter
		return fn.Pkg() != pass.Pkg && pass.ImportObjectFact(fn, &sum) && len(sum.Sinks) > 0
	}
	stored := make(map[types.Object]bool) // fields results are stored into
	var read []types.Object               // fields read where a dangerous sink is used
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			returned, sunk, dangerous := false, false, false
			var fields []types.Object
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.AssignStmt:
					for _, field := range storedResults(pass.TypesInfo, n, returns) {
						stored[field] = true
					}
				case *ast.CallExpr:
					returned = returned || returns(n)
				case *ast.SelectorExpr:
					if v, ok := pass.TypesInfo.Uses[n.Sel].(*types.Var); ok && v.IsField() {
						fields = append(fields, v)
					}
				case *ast.Ident:
					sunk = sunk || isSink(pass.TypesInfo.Uses[n], false)
					dangerous = dangerous || isSink(pass.TypesInfo.Uses[n], true)
				}
				return !(returned && sunk)
			})
			if returned && sunk {
				return true
			}
			if dangerous {
				read = append(read, fields...)
			}
		}
	}
	return slices.ContainsFunc(read, func(field types.Object) bool { return stored[field] })
}

// storedResults returns the fields an assignment stores the result of a
// call that returns holds for into, or an element of.
func storedResults(info *types.Info, assign *ast.AssignStmt, returns func(*ast.CallExpr) bool) []types.Object {
	result := false
	for _, rhs := range assign.Rhs {
		if call, ok := ast.Unparen(rhs).(*ast.CallExpr); ok && returns(call) {
			result = true
		}
	}
	if !result {
		return nil
	}
	var out []types.Object
	for _, lhs := range assign.Lhs {
		lhs = ast.Unparen(lhs)
		if index, ok := lhs.(*ast.IndexExpr); ok {
			lhs = ast.Unparen(index.X) // s.history[chat] = ...
		}
		if sel, ok := lhs.(*ast.SelectorExpr); ok {
			if v, ok := info.Uses[sel.Sel].(*types.Var); ok && v.IsField() {
				out = append(out, v)
			}
		}
	}
	return out
}

// wrapsSink reports whether a package of the program has a helper that
// runs, queries or renders a parameter: a function that passes one of its
// parameters where a sink takes its danger (the program or the script of
// a command, SQL text, a template, a trusted-HTML conversion). Another
// package may hand such a helper a model's output, and the helper's
// Summary fact says which parameter reaches the sink. Found in the
// syntax, where the parameter is named in those arguments; a helper that
// passes it as an argument to a fixed program, and file path and URL
// helpers, which most packages have, are left to the packages that see
// the output.
func wrapsSink(pass *analysis.Pass, cfg *config.Config) bool {
	if dependency(pass) || sourceLibrary(pass.Pkg.Path()) {
		return false
	}
	info := pass.TypesInfo
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Type.Params.NumFields() == 0 {
				continue
			}
			params := make(map[types.Object]bool)
			for _, field := range fd.Type.Params.List {
				for _, name := range field.Names {
					params[info.Defs[name]] = true
				}
			}
			found := false
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if found || !ok {
					return !found
				}
				for _, arg := range dangerousArgs(info, cfg, call) {
					ast.Inspect(arg, func(n ast.Node) bool {
						if id, ok := n.(*ast.Ident); ok && params[info.Uses[id]] {
							found = true
						}
						return !found
					})
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

// dangerousArgs returns the arguments of a call to a command, SQL or
// template sink that carry its danger: a command's program and the script
// after a shell's -c, the query, the template, what a conversion trusts.
func dangerousArgs(info *types.Info, cfg *config.Config, call *ast.CallExpr) []ast.Expr {
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if trustedType(tv.Type) {
			return call.Args
		}
		return nil
	}
	fn := calleeOf(info, call)
	if fn == nil {
		return nil
	}
	if cfg.Sinks.Has(fn) {
		return call.Args
	}
	sink, ok := sinkOf(fn)
	if !ok || sink.kind == PathSink || sink.kind == URLSink {
		return nil
	}
	if sink.args != nil {
		var out []ast.Expr
		for _, i := range sink.args {
			if i < len(call.Args) {
				out = append(out, call.Args[i])
			}
		}
		return out
	}
	// exec.Command and CommandContext: the program, and a shell's script.
	first, ok := commandConstructors.Func(fn)
	if !ok || first >= len(call.Args) {
		return nil
	}
	out := []ast.Expr{call.Args[first]}
	for i := first + 1; i < len(call.Args); i++ {
		if tv, ok := info.Types[call.Args[i-1]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String && scriptFlags[constant.StringVal(tv.Value)] {
			out = append(out, call.Args[i])
		}
	}
	return out
}

// dependency reports whether the package is the standard library's or in
// a module the program requires at a version, rather than one of the
// program's own: a library calls its interfaces for whoever uses it, and
// the program that wires one of them analyzes its own code.
func dependency(pass *analysis.Pass) bool {
	return astutil.IsStandard(pass.Pkg.Path()) || pass.Module != nil && pass.Module.Version != ""
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
// neither the standard library's nor a client library's, or a function of
// another package whose Summary fact forwards its parameters to one (a
// use case called by its concrete type, which calls the model client it
// keeps). Both are found in the type information and the facts, without
// SSA.
func passesInputToInterfaces(pass *analysis.Pass, cfg *config.Config) bool {
	if sourceLibrary(pass.Pkg.Path()) {
		return false // a web framework's or a bot library's own dispatch
	}
	reads, calls := servesRPC(pass.Pkg) || takesInputParams(pass), false
	for _, sel := range pass.TypesInfo.Selections {
		switch obj := sel.Obj().(type) {
		case *types.Func:
			reads = reads || userInput.Has(obj) || cfg.Sources.Has(obj)
		case *types.Var:
			i := lastIndex(sel)
			reads = reads || userInput.HasField(sel.Recv(), i) || cfg.Sources.HasField(sel.Recv(), i)
		}
		calls = calls || injectable(sel)
	}
	if !reads {
		return false
	}
	if calls {
		return true
	}
	for _, obj := range pass.TypesInfo.Uses {
		var sum Summary
		if fn, ok := obj.(*types.Func); ok && fn.Pkg() != nil && fn.Pkg() != pass.Pkg && pass.ImportObjectFact(fn, &sum) && len(sum.Forwards) > 0 {
			return true
		}
	}
	return false
}

// layerMethods returns the methods by which a package that reads no input
// and sends nothing to a model may still be a layer between a handler and
// the model: a service's exported methods that take text (neither a
// context nor a number) or return it, and call, with more than a
// context, a method of an interface of the program that returns text,
// kept in a field of the service (s.llm.Complete(ctx, prompt)): they may
// pass input on to the client, or return its output. A handler calls the service
// through one interface, and the service calls a model client main wires
// through another. Found in the syntax and the type information, without
// SSA; libraries required at a version are no layer of the program.
func layerMethods(pass *analysis.Pass) []*types.Func {
	if dependency(pass) || sourceLibrary(pass.Pkg.Path()) {
		return nil
	}
	if slices.ContainsFunc(pass.Files, func(f *ast.File) bool { return inTestFile(pass.Fset, f.Pos()) }) {
		return nil // a package with its tests: only the test binary imports it
	}
	var out []*types.Func
	for _, f := range pass.Files {
		if ast.IsGenerated(f) {
			continue
		}
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Recv == nil || len(fd.Recv.List[0].Names) == 0 || !fd.Name.IsExported() {
				continue
			}
			if !takesText(pass.TypesInfo, fd.Type.Params) && !returnsTextDecl(pass.TypesInfo, fd) {
				continue
			}
			recv := pass.TypesInfo.Defs[fd.Recv.List[0].Names[0]]
			found := false
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok && !found {
					found = callsFieldInterface(pass.TypesInfo, call, recv)
				}
				return !found
			})
			if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok && found {
				out = append(out, fn)
			}
		}
	}
	return out
}

// returnsTextDecl reports whether a declared function returns text.
func returnsTextDecl(info *types.Info, fd *ast.FuncDecl) bool {
	fn, ok := info.Defs[fd.Name].(*types.Func)
	return ok && returnsText(fn.Signature())
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

// callsFieldInterface reports whether call is of a method of an interface
// of the program that returns text, kept in a field of recv
// (recv.llm.Complete), given more than a context.
func callsFieldInterface(info *types.Info, call *ast.CallExpr, recv types.Object) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	field, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if id, ok := ast.Unparen(field.X).(*ast.Ident); !ok || recv == nil || info.Uses[id] != recv {
		return false
	}
	selection := info.Selections[sel]
	if selection == nil || selection.Kind() != types.MethodVal || !injectable(selection) || sourceLibrary(selection.Obj().Pkg().Path()) {
		return false
	}
	sig, ok := selection.Type().Underlying().(*types.Signature)
	if !ok || !returnsText(sig) {
		return false
	}
	return slices.ContainsFunc(call.Args, func(arg ast.Expr) bool { return !isContext(info.TypeOf(arg)) })
}

// servesRPC reports whether a type of the package implements a gRPC,
// Twirp or Kitex server interface, whose methods' requests are user input
// (generated.go).
func servesRPC(pkg *types.Package) bool {
	servers := generatedServers(pkg)
	if len(servers) == 0 {
		return false
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		for _, srv := range servers {
			iface := srv.iface.Underlying().(*types.Interface)
			if types.Implements(tn.Type(), iface) || types.Implements(types.NewPointer(tn.Type()), iface) {
				return true
			}
		}
	}
	return false
}

// injectable reports whether a selection is of what another package may
// fill: a method of an interface of the program, or a function-valued
// field of a struct type of the program.
func injectable(sel *types.Selection) bool {
	obj := sel.Obj()
	if obj.Pkg() == nil || foreignInterface(obj.Pkg().Path()) {
		return false
	}
	switch sel.Kind() {
	case types.MethodVal:
		return types.IsInterface(sel.Recv())
	case types.FieldVal:
		_, isFunc := obj.Type().Underlying().(*types.Signature)
		return isFunc
	}
	return false
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

// injectedTarget is what a call goes through that another package may
// fill: a method of an interface of the program, or a function-valued
// field of a struct type of the program.
type injectedTarget struct {
	owner  *types.Named // the interface, or the struct type
	member string       // the method, or the field
	field  bool
}

// name is the owner's package path and name.
func (t injectedTarget) name() string {
	return t.owner.Obj().Pkg().Path() + "." + t.owner.Obj().Name()
}

// injectedTargetOf returns what a call goes through when the package has
// no implementation of it and another package may wire one in.
func (s *state) injectedTargetOf(common *ssa.CallCommon) (injectedTarget, bool) {
	if s.engine.generated(common.Pos()) {
		return injectedTarget{}, false // generated code calls a gRPC server's methods: their requests are sources there (generated.go)
	}
	if common.IsInvoke() {
		named, ok := types.Unalias(common.Value.Type()).(*types.Named)
		if !ok || !programType(named) {
			return injectedTarget{}, false
		}
		return injectedTarget{owner: named, member: common.Method.Name()}, true
	}
	load, ok := common.Value.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return injectedTarget{}, false
	}
	fa, ok := load.X.(*ssa.FieldAddr)
	if !ok {
		return injectedTarget{}, false
	}
	owner, field, ok := fieldOwner(fa)
	if !ok || !programType(owner) {
		return injectedTarget{}, false
	}
	return injectedTarget{owner: owner, member: field.Name(), field: true}, true
}

// programType reports whether a named type is the program's: neither the
// standard library's nor a client library's.
func programType(named *types.Named) bool {
	return named.Obj().Pkg() != nil && !foreignInterface(named.Obj().Pkg().Path())
}

// fieldOwner returns the named struct type a field address is of, and
// the field.
func fieldOwner(fa *ssa.FieldAddr) (*types.Named, *types.Var, bool) {
	_, field, ok := structField(fa)
	if !ok {
		return nil, nil, false
	}
	named, ok := types.Unalias(fa.X.Type().Underlying().(*types.Pointer).Elem()).(*types.Named)
	return named, field, ok
}

// injected records a call through an interface or a function-valued field
// the package has no implementation of, for the InjectedCalls fact, and
// returns what the call returns: output of the model if the
// implementation wired in returns some.
func (s *state) injected(call ssa.CallInstruction) taint {
	target, ok := s.injectedTargetOf(call.Common())
	if !ok {
		return nil
	}
	if s.inputCalls == nil {
		s.inputCalls = make(map[ssa.CallInstruction]injectedTarget)
	}
	s.inputCalls[call] = target
	what := target.owner.Obj().Name() + "." + target.member
	return taint{{source: call.Pos(), what: what, output: true, through: &injectedCall{call, target}}}
}

// injectedOutput records what a call through an interface or a field
// returns reaching a sink, for the InjectedCalls fact.
func (s *state) injectedOutput(l label, kind SinkKind, sink ssa.Instruction) {
	if s.summarizing {
		return // the function's own run records it
	}
	call := s.relayOf(l.through)
	call.Kind, call.Sink = kind, s.engine.position(sinkPos(sink))
	if !slices.ContainsFunc(s.outputCalls, func(c OutputCall) bool { return c.At == call.At && c.Sink == call.Sink && c.Kind == call.Kind }) {
		s.outputCalls = append(s.outputCalls, call)
	}
}

// An injectedCall is a call through an interface or a field the package
// has no implementation of, with what it goes through, as it was found:
// what it names does not depend on what is read later.
type injectedCall struct {
	call   ssa.CallInstruction
	target injectedTarget
}

// relayOf names a call through an interface or a field the package has
// no implementation of: one whose result the function returns, or, given
// a sink, one whose result reaches it.
func (s *state) relayOf(c *injectedCall) OutputCall {
	return OutputCall{
		Interface: c.target.name(), Method: c.target.member, Field: c.target.field,
		At: s.engine.position(c.call.Pos()), Caller: s.engine.pass.Pkg.Path(), Holders: s.engine.callHolders(c.call.Common()),
	}
}

func appendRelay(relays []OutputCall, r OutputCall) []OutputCall {
	if slices.ContainsFunc(relays, func(c OutputCall) bool { return c.At == r.At && c.Interface == r.Interface && c.Method == r.Method }) {
		return relays
	}
	return append(relays, r)
}

// exportedCalls lists what the function passes through interfaces and
// fields it has no implementation of, with the labels at the call.
func (s *state) exportedCalls() []InputCall {
	if len(s.inputCalls) == 0 && len(s.forwarded) == 0 {
		return nil
	}
	mods := s.moderations(s.engine.calls)
	var out []InputCall
	for _, a := range s.interfaceArgs() {
		for _, l := range s.use(a.arg, a.call.Block()) {
			if l.source >= 0 && !l.output && !l.scalar {
				out = append(out, s.inputCall(a.to, l, mods, a.call.Block(), s.partsCarrying(a.call, a.arg, l.source)))
			}
		}
	}
	for site, l := range s.forwardedLabels {
		if l.source >= 0 {
			out = append(out, s.inputCall(site.f.To, l, mods, site.call.Block(), site.f.To.Parts))
		}
	}
	return out
}

// interfaceArg is an argument that may carry text, of a call through an
// interface or a function-valued field the package has no
// implementation of, with the call it makes: labels, What and Source
// empty.
type interfaceArg struct {
	call ssa.CallInstruction
	arg  ssa.Value
	to   InputCall
}

// interfaceArgs lists the function's interfaceArgs, in the order of the
// source.
func (s *state) interfaceArgs() []interfaceArg {
	var out []interfaceArg
	calls := slices.SortedFunc(maps.Keys(s.inputCalls), func(a, b ssa.CallInstruction) int { return int(a.Pos() - b.Pos()) })
	for _, call := range calls {
		common := call.Common()
		target := s.inputCalls[call]
		holders := s.engine.callHolders(common)
		receiver := 1 // an interface method's receiver is parameter 0
		if target.field {
			receiver = 0 // counted where the function is wired (injectedFlows)
		}
		for i, arg := range common.Args {
			if isContext(arg.Type()) || isInputParam(arg.Type()) {
				// What a request's context carries is no prompt text,
				// and a handler's stream is read by the next handler.
				continue
			}
			out = append(out, interfaceArg{call, arg, InputCall{
				Interface: target.name(), Method: target.member, Field: target.field, Param: i + receiver,
				At: s.engine.position(call.Pos()), Caller: s.engine.pass.Pkg.Path(), Holders: holders,
			}})
		}
	}
	return out
}

// inputCall completes a call with the input l that reaches it, read in
// this function and passed in block b.
func (s *state) inputCall(c InputCall, l label, mods []*moderationCall, b *ssa.BasicBlock, parts []int) InputCall {
	c.What, c.Source = l.what, s.engine.position(l.source)
	c.System = c.System || l.system
	c.Allowlisted = c.Allowlisted || l.allowlisted
	c.Bounded = c.Bounded || l.bounded || l.allowlisted || c.Allowlisted
	c.Moderated = c.Moderated || l.moderated || s.moderated(mods, l.source, b)
	c.Parts = parts
	return c
}

// Forward is a parameter that a function passes on to a call through an
// interface or a function-valued field its package has no implementation
// of, directly or through functions of the package: a handler's helper
// (h.ask(ctx, q), or go h.process(msg)) that calls the injected service,
// or a service that calls the model client it is given. The caller
// completes the call with what it passes, and To holds the labels the
// parameter gained on the way; a wiring of the service completes it with
// the wirings of the client (injectedFlows).
type Forward struct {
	Param int
	To    InputCall
}

// forwardSite is a call of a function that forwards a parameter, and the
// forward: what the call passes there is recorded by site, as the
// function's labels grow to their fixed point.
type forwardSite struct {
	call ssa.CallInstruction
	f    *Forward
}

// forwardedLabels yields what the function passes to functions that
// forward it, in the order of the calls.
func (s *state) forwardedLabels(yield func(forwardSite, label) bool) {
	sites := slices.SortedFunc(maps.Keys(s.forwarded), func(a, b forwardSite) int {
		return cmp.Or(cmp.Compare(a.call.Pos(), b.call.Pos()), cmp.Compare(a.f.To.At, b.f.To.At), cmp.Compare(a.f.Param, b.f.Param))
	})
	for _, site := range sites {
		for _, l := range s.forwarded[site] {
			if !yield(site, l) {
				return
			}
		}
	}
}

// forwards lists the function's parameters that reach calls through
// interfaces, for its summary.
func (s *state) forwards() []Forward {
	var out []Forward
	for _, a := range s.interfaceArgs() {
		for _, l := range s.use(a.arg, a.call.Block()) {
			if l.source < 0 && !l.output && !l.scalar {
				c := a.to
				c.Parts = s.partsCarrying(a.call, a.arg, l.source)
				c.System, c.Allowlisted, c.Bounded, c.Moderated = l.system, l.allowlisted, l.bounded, l.moderated
				out = append(out, Forward{Param: int(-1 - l.source), To: c})
			}
		}
	}
	for site, l := range s.forwardedLabels {
		if l.source < 0 {
			c := site.f.To
			c.System, c.Allowlisted = c.System || l.system, c.Allowlisted || l.allowlisted
			c.Bounded, c.Moderated = c.Bounded || l.bounded, c.Moderated || l.moderated
			out = append(out, Forward{Param: int(-1 - l.source), To: c})
		}
	}
	return out
}

// forward records what a call passes to a function of the package that
// forwards its parameters.
func (s *state) forward(call ssa.CallInstruction, forwards []Forward, args []ssa.Value) {
	for i := range forwards {
		f := &forwards[i]
		if f.Param >= len(args) || call.Common().IsInvoke() && isInputParam(args[f.Param].Type()) {
			// A middleware handing the stream on to the next handler:
			// that handler reads it as its own (handlerParams).
			continue
		}
		var t taint
		for _, l := range s.use(args[f.Param], call.Block()) {
			if !l.output && !l.scalar {
				t = append(t, l)
			}
		}
		if len(t) == 0 {
			continue
		}
		if s.forwarded == nil {
			s.forwarded = make(map[forwardSite]taint)
		}
		site := forwardSite{call, f}
		s.forwarded[site] = join(s.forwarded[site], t)
	}
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

// position is a position of the package as text (see
// astutil.ShortPosition).
func (e *engine) position(pos token.Pos) string {
	return astutil.ShortPosition(e.pass, pos)
}

// importedCalls returns the InjectedCalls facts of the packages this one
// imports, each call once: a call may come both from its own package and
// from the packages that pass it on.
func importedCalls(pass *analysis.Pass) InjectedCalls {
	var out InjectedCalls
	seen := make(map[string]bool)
	for _, f := range pass.AllPackageFacts() {
		fact, ok := f.Fact.(*InjectedCalls)
		if !ok {
			continue
		}
		for _, c := range fact.Inputs {
			if key := c.key(); !seen[key] {
				seen[key] = true
				out.Inputs = append(out.Inputs, c)
			}
		}
		for _, c := range fact.Outputs {
			if key := c.key(); !seen[key] {
				seen[key] = true
				out.Outputs = append(out.Outputs, c)
			}
		}
	}
	return out
}

// key identifies a call with its input: it is reported once.
func (c InputCall) key() string { return c.At + "\x00" + c.What }

// key identifies a call with its sink: it is reported once.
func (c OutputCall) key() string { return c.At + "\x00" + c.Sink }

// wiresInjected reports whether a package may complete one of the calls
// of the packages it imports: its code uses a type that names the
// interface, or the struct of the function-valued field, a call goes
// through. A conversion to the interface, a store into the field, a
// value passed to a constructor that takes either, and a constructor
// that returns the interface all do. Found in the type information,
// without SSA: most packages above a handler package only pass its
// calls on.
func wiresInjected(pass *analysis.Pass, calls InjectedCalls) bool {
	names := make(map[string]bool)
	for _, c := range calls.Inputs {
		names[c.Interface] = true
	}
	for _, c := range calls.Outputs {
		names[c.Interface] = true
	}
	if len(names) == 0 {
		return false
	}
	memo := make(map[types.Type]bool)
	var mentions func(t types.Type, depth int) bool
	mentions = func(t types.Type, depth int) bool {
		if depth == 0 || t == nil {
			return false
		}
		if m, done := memo[t]; done {
			return m
		}
		memo[t] = false // a type that contains itself
		var m bool
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			if obj := t.Obj(); obj.Pkg() != nil && names[obj.Pkg().Path()+"."+obj.Name()] {
				m = true
			} else if st, ok := t.Underlying().(*types.Struct); ok && obj.Pkg() != nil && !astutil.IsStandard(obj.Pkg().Path()) {
				m = mentions(st, depth-1)
			}
		case *types.Pointer:
			m = mentions(t.Elem(), depth)
		case *types.Slice:
			m = mentions(t.Elem(), depth)
		case *types.Array:
			m = mentions(t.Elem(), depth)
		case *types.Map:
			m = mentions(t.Key(), depth) || mentions(t.Elem(), depth)
		case *types.Chan:
			m = mentions(t.Elem(), depth)
		case *types.Signature:
			for v := range t.Params().Variables() {
				m = m || mentions(v.Type(), depth)
			}
			for v := range t.Results().Variables() {
				m = m || mentions(v.Type(), depth)
			}
		case *types.Struct:
			for v := range t.Fields() {
				m = m || mentions(v.Type(), depth-1)
			}
		}
		memo[t] = m
		return m
	}
	const depth = 3 // a constructor's parameter, a struct's field, its field
	for _, tv := range pass.TypesInfo.Types {
		if mentions(tv.Type, depth) {
			return true
		}
	}
	for _, obj := range pass.TypesInfo.Uses {
		if _, ok := obj.(*types.Var); ok && mentions(obj.Type(), depth) {
			return true // a field set in a composite literal
		}
	}
	return false
}

// injectedFlows joins the InjectedCalls facts of the packages this one
// imports with the wirings it makes: conversions of types to their
// interfaces, and stores of functions into function-valued fields. Input
// passed to what a wiring fills, whose implementation here sends it to the
// model, is a flow; the model output such an implementation returns to a
// call whose result reaches a sink is an output. Both are reported at the
// wiring, once for each call of the other package (at the first wiring
// that completes it). It returns the calls it completes none of, too.
func (e *engine) injectedFlows(facts InjectedCalls) ([]Flow, []OutputFlow, InjectedCalls) {
	if len(facts.Inputs) == 0 && len(facts.Outputs) == 0 {
		return nil, nil, InjectedCalls{}
	}
	owners := make(map[string]*types.Named)
	owner := func(name string) *types.Named {
		named, done := owners[name]
		if !done {
			named = lookupNamed(e.pass.Pkg, name)
			owners[name] = named
		}
		return named
	}
	var flows []Flow
	var outputs []OutputFlow
	reported := make(map[string]bool)
	for _, w := range e.wirings() {
		for _, c := range facts.Inputs {
			key := c.key()
			if reported[key] {
				continue
			}
			for _, r := range e.completions(c, w, owner, 0) {
				reported[key] = true
				effect, l := r.effect, r.call
				flows = append(flows, Flow{
					At: w.at, AtEnd: w.at, Endpoint: effect.Endpoint, Kind: effect.Kind,
					Through: fmt.Sprintf("%s (wired here as the %s called at %s%s)", r.impl, w.describe(c.Method), c.At, strings.Join(r.hops, "")),
					What:    c.What, ReadAt: c.Source,
					System: l.System || effect.System || reachesSystem(effect.SystemFields, l.Parts), Allowlisted: l.Allowlisted || effect.Allowlisted,
					Bounded: l.Bounded || effect.Bounded || effect.Allowlisted, Moderated: l.Moderated || effect.Moderated,
					OtherProvider: effect.OtherProvider,
				})
			}
		}
		for _, c := range facts.Outputs {
			key := c.key()
			if reported[key] {
				continue
			}
			r, ok := e.outputOf(c, w, owner, 0)
			if !ok {
				continue
			}
			reported[key] = true
			outputs = append(outputs, OutputFlow{
				Response: w.at, What: r.output.What, Sink: w.at, Kind: c.Kind, Func: w.parent.Pos(),
				Origin: fmt.Sprintf("the model's output comes from %s, wired here as the %s called at %s%s: it returns the output of the %s at %s, which reaches %s at %s",
					r.impl, w.describe(c.Method), c.At, strings.Join(r.hops, ""), r.output.What, r.output.At, c.Kind, c.Sink),
			})
		}
	}
	slices.SortFunc(flows, func(a, b Flow) int { return int(a.At - b.At) })
	// The calls no wiring here completes go on to the packages that
	// import this one: an importer sees the facts of a package only
	// when its types reach it, and main may wire a handler package that
	// a server package it imports hides.
	var rest InjectedCalls
	for _, c := range facts.Inputs {
		if !reported[c.key()] {
			rest.Inputs = append(rest.Inputs, c)
		}
	}
	for _, c := range facts.Outputs {
		if !reported[c.key()] {
			rest.Outputs = append(rest.Outputs, c)
		}
	}
	return flows, outputs, rest
}

// completion is a request that a call through an interface or a field
// reaches through what a wiring fills: the request, the function that
// sends it, the layers on the way (for messages), and the call with the
// labels the input has where it is sent.
type completion struct {
	effect Effect
	impl   string
	hops   []string
	call   InputCall
}

// maxLayers is how many services deep a call is followed from the
// handler to the model client.
const maxLayers = 3

// completions returns the requests that call c reaches through what
// wiring w fills: the implementation's own, and, through the calls it
// forwards the parameter to, those that the wirings here fill in turn
// (a service between a handler and the model client, both wired here).
func (e *engine) completions(c InputCall, w wiring, owner func(string) *types.Named, depth int) []completion {
	impl, sum, shift, ok := w.fills(owner(c.Interface), c.Method, c.Field, e)
	if !ok || !meet(c.Caller, e.pass.Pkg.Path(), c.Holders, w.holders) {
		return nil
	}
	var out []completion
	for _, effect := range sum.Requests {
		if effect.Param == c.Param+shift {
			out = append(out, completion{effect: effect, impl: impl, call: c})
		}
	}
	if depth >= maxLayers {
		return out
	}
	for _, f := range sum.Forwards {
		if f.Param != c.Param+shift {
			continue
		}
		next := f.To
		next.What, next.Source = c.What, c.Source
		next.System, next.Allowlisted = next.System || c.System, next.Allowlisted || c.Allowlisted
		next.Bounded, next.Moderated = next.Bounded || c.Bounded, next.Moderated || c.Moderated
		for _, inner := range e.wirings() {
			for _, r := range e.completions(next, inner, owner, depth+1) {
				hop := fmt.Sprintf(", whose %s passes it to the %s called at %s, wired at %s", impl, inner.describe(next.Method), next.At, e.position(inner.at))
				r.hops = append([]string{hop}, r.hops...)
				out = append(out, r)
			}
		}
	}
	return out
}

// relayed is the model output that a call through an interface or a
// field returns through what a wiring fills: the output, the function
// that returns it, and the layers on the way (for messages).
type relayed struct {
	output Output
	impl   string
	hops   []string
}

// outputOf returns the model output that call c returns through what
// wiring w fills: the implementation's own, or, when it returns the result
// of a call through another interface (a service that returns its
// client's answer), what the wirings here fill that with, up to
// maxLayers deep.
func (e *engine) outputOf(c OutputCall, w wiring, owner func(string) *types.Named, depth int) (relayed, bool) {
	impl, sum, _, ok := w.fills(owner(c.Interface), c.Method, c.Field, e)
	if !ok || !meet(c.Caller, e.pass.Pkg.Path(), c.Holders, w.holders) {
		return relayed{}, false
	}
	if len(sum.Outputs) > 0 {
		return relayed{output: sum.Outputs[0], impl: impl}, true
	}
	if depth >= maxLayers {
		return relayed{}, false
	}
	for _, next := range sum.Relays {
		for _, inner := range e.wirings() {
			if r, ok := e.outputOf(next, inner, owner, depth+1); ok {
				hop := fmt.Sprintf(", whose %s returns what the %s called at %s returns, wired at %s", impl, inner.describe(next.Method), next.At, e.position(inner.at))
				r.hops = append([]string{hop}, r.hops...)
				return r, true
			}
		}
	}
	return relayed{}, false
}

// wirings holds what engine.wirings found, and the Implementations facts
// of the packages whose constructors it looked up.
type wirings struct {
	list      []wiring
	byPackage map[*types.Package]*Implementations
}

// wiring is where the package fills what another package calls through:
// a conversion of a concrete type to an interface, a store of a function
// into a function-valued field, or a call of another package's function
// that returns the interface, converted there (a constructor).
type wiring struct {
	at     token.Pos
	parent *ssa.Function
	// For a conversion: the interface and the concrete type.
	iface    *types.Named
	concrete types.Type
	// For a store: the struct type, the field and the function value.
	owner *types.Named
	field *types.Var
	value ssa.Value
	// For a constructor: the interface, and what the constructor's
	// package wires to it.
	made []Implementation
	// holders are where a conversion's or a constructor's value goes;
	// nil when anywhere (holders.go).
	holders []Holder
}

// wirings returns the package's conversions to named interfaces, stores
// of functions into fields of named struct types and calls of other
// packages' constructors of interfaces, in the order of the source. The
// join with imported callers and the Implementations fact both read them:
// they are found once.
func (e *engine) wirings() []wiring {
	if e.wired != nil {
		return e.wired.list
	}
	e.wired = &wirings{byPackage: make(map[*types.Package]*Implementations)}
	var out []wiring
	for _, fn := range e.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch instr := instr.(type) {
				case *ssa.MakeInterface:
					iface, ok := types.Unalias(instr.Type()).(*types.Named)
					if at := wiringPos(instr); ok && at.IsValid() {
						out = append(out, wiring{at: at, parent: fn, iface: iface, concrete: instr.X.Type(), holders: e.wiringHolders(instr)})
					}
				case *ssa.Call:
					if w, ok := e.constructorWiring(fn, instr); ok {
						out = append(out, w)
					}
				case *ssa.Store:
					fa, ok := instr.Addr.(*ssa.FieldAddr)
					if !ok {
						continue
					}
					if _, isFunc := instr.Val.Type().Underlying().(*types.Signature); !isFunc {
						continue
					}
					owner, field, ok := fieldOwner(fa)
					at := instr.Pos()
					if !at.IsValid() {
						at = instr.Val.Pos()
					}
					if ok && at.IsValid() {
						out = append(out, wiring{at: at, parent: fn, owner: owner, field: field, value: instr.Val})
					}
				}
			}
		}
	}
	slices.SortStableFunc(out, func(a, b wiring) int { return int(a.at - b.at) })
	e.wired.list = out
	return out
}

// fills returns the function a wiring puts behind a call through owner's
// member (a method, or with field a function-valued field), what its
// Summary says, and by how much its parameters are shifted from the
// call's arguments (a bound method's receiver comes first).
func (w wiring) fills(owner *types.Named, member string, field bool, e *engine) (string, Summary, int, bool) {
	if owner == nil {
		return "", Summary{}, 0, false
	}
	if w.made != nil {
		if field || !types.Identical(w.iface, owner) {
			return "", Summary{}, 0, false
		}
		for _, impl := range w.made {
			if impl.Method == member {
				return impl.Func, impl.Summary, 0, true
			}
		}
		return "", Summary{}, 0, false
	}
	if !field {
		if w.iface == nil || !types.Identical(w.iface, owner) {
			return "", Summary{}, 0, false
		}
		method := methodOf(w.concrete, owner.Obj().Pkg(), member)
		if method == nil {
			return "", Summary{}, 0, false
		}
		return wrapperName(method), e.summaryOfFunc(method), 0, true
	}
	if w.owner == nil || !types.Identical(w.owner, owner) || w.field.Name() != member {
		return "", Summary{}, 0, false
	}
	var fn *ssa.Function
	switch v := w.value.(type) {
	case *ssa.Function:
		fn = v
	case *ssa.MakeClosure:
		fn, _ = v.Fn.(*ssa.Function)
	}
	if fn == nil {
		return "", Summary{}, 0, false
	}
	obj, _ := fn.Object().(*types.Func)
	if obj == nil {
		// A function literal of the package: its own summary.
		if fn.Pkg == nil || fn.Pkg.Pkg != e.pass.Pkg || fn.Blocks == nil {
			return "", Summary{}, 0, false
		}
		sum := e.summary(fn)
		if sum == nil {
			return "", Summary{}, 0, false
		}
		return "the function literal at " + e.position(fn.Pos()), sum.Summary, 0, true
	}
	shift := 0
	if obj.Signature().Recv() != nil && fn.Signature.Recv() == nil {
		shift = 1 // a bound method: the receiver is not an argument
	}
	return wrapperName(obj), e.summaryOfFunc(obj), shift, true
}

// constructorWiring returns, for a call of another package's function
// that returns an interface of the program, the wiring of what that
// package converts to the interface: handler.New(llm.New()), where
// llm.New returns core.Assistant.
func (e *engine) constructorWiring(parent *ssa.Function, call *ssa.Call) (wiring, bool) {
	callee := call.Common().StaticCallee()
	if callee == nil || callee.Pkg == nil || callee.Pkg.Pkg == e.pass.Pkg || !call.Pos().IsValid() {
		return wiring{}, false
	}
	fact, seen := e.wired.byPackage[callee.Pkg.Pkg]
	if !seen {
		fact = new(Implementations)
		if !e.pass.ImportPackageFact(callee.Pkg.Pkg, fact) {
			fact = nil
		}
		e.wired.byPackage[callee.Pkg.Pkg] = fact
	}
	if fact == nil {
		return wiring{}, false
	}
	for r := range callee.Signature.Results().Variables() {
		iface, ok := types.Unalias(r.Type()).(*types.Named)
		if !ok || !types.IsInterface(iface) || !programType(iface) {
			continue // error has no package
		}
		made := madeBy(fact.List, iface.Obj().Pkg().Path()+"."+iface.Obj().Name(), funcName(declared(callee)))
		if len(made) > 0 {
			return wiring{at: call.Pos(), parent: parent, iface: iface, made: made, holders: e.wiringHolders(call)}, true
		}
	}
	return wiring{}, false
}

// madeBy returns the implementations of the interface that a
// constructor, by its full name, may return: those it or a function it
// calls wires.
func madeBy(list []Implementation, iface, constructor string) []Implementation {
	var made []Implementation
	for _, impl := range list {
		if impl.Interface == iface && !impl.Field && slices.Contains(impl.Makers, constructor) {
			made = append(made, impl)
		}
	}
	return made
}

// describe names what a wiring fills, for messages: handler.Answerer, or
// handler.Handler.Ask for a field.
func (w wiring) describe(member string) string {
	if w.iface != nil {
		return w.iface.Obj().Pkg().Name() + "." + w.iface.Obj().Name()
	}
	return w.owner.Obj().Pkg().Name() + "." + w.owner.Obj().Name() + "." + member
}

// summaryOfFunc returns what a function's Summary says: the package's
// own summary of it, or its fact.
func (e *engine) summaryOfFunc(obj *types.Func) Summary {
	if sum := e.summaryOf(e.fns[0].Prog.FuncValue(obj), obj); sum != nil {
		return sum.Summary
	}
	return Summary{}
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
