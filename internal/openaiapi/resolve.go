package openaiapi

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sync"

	"github.com/openaivet/openaivet/internal/locals"
	"github.com/openaivet/openaivet/internal/names"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// resolver answers what params and options set, within one package.
type resolver struct {
	pass *analysis.Pass
	// loaded holds the packages this one imports, by path (see
	// loadedPackage).
	loaded map[string]*types.Package
	decls  map[*types.Func]*ast.FuncDecl
	// builders memoizes what this package's builders return; a nil entry
	// is a function that is not a builder, or is being read.
	builders map[*types.Func]*builtParams
	// namedResults holds the named results of each function body: they
	// start as zero values, unlike parameters, which hold what the caller
	// passed.
	namedResults map[*ast.BlockStmt][]*types.Var
	// signatures holds the signature of each function declared with a
	// body, by its body: the parameters whose values callers give.
	signatures map[*ast.BlockStmt]*types.Signature
	// closureParams are the parameters of function literals: whoever
	// calls the literal gives them, so the resolver sees no definition.
	closureParams map[*types.Var]bool
	// requests memoizes the requests found at each call (nil for a call
	// that sends none), senders what each function of this package sends
	// of its parameters (nil for one that sends none, or is being read),
	// posters which functions post a body they are given (see poster),
	// encodings what each returns the encoding of (see encoding).
	requests  map[*ast.CallExpr]*Request
	senders   map[*types.Func]*sentParams
	posters   map[*types.Func]*poster
	encodings map[*types.Func]encoding
	callers   map[*types.Func]*ParamsCaller
	setters   map[setterKey]setFields
	// given memoizes addressesGiven, by region.
	given map[*ast.BlockStmt]map[ast.Expr]fill
	// places memoizes what the places where params are kept hold.
	places map[place]origin
	// stores indexes the values stored in struct fields and package
	// variables (see storeWrites), and calls the calls of this package's
	// functions (see arguments), on demand.
	stores map[*types.Var][]ast.Expr
	calls  *callSites
	// setURLs indexes the hosts other than OpenAI's that the package
	// gives other packages' fields, by fieldKey (see setterHosts).
	setURLs map[string][]string
	// packageVars holds the initializer of every unexported package-level
	// variable that nothing in the package changes after it is declared;
	// settledVars, on demand, of the exported ones too.
	packageVars map[*types.Var]ast.Expr
	settledVars map[*types.Var]ast.Expr
}

func newResolver(pass *analysis.Pass) *resolver {
	r := &resolver{
		pass:          pass,
		packageVars:   constantPackageVars(pass, false),
		decls:         make(map[*types.Func]*ast.FuncDecl),
		builders:      make(map[*types.Func]*builtParams),
		namedResults:  make(map[*ast.BlockStmt][]*types.Var),
		signatures:    make(map[*ast.BlockStmt]*types.Signature),
		closureParams: make(map[*types.Var]bool),
		requests:      make(map[*ast.CallExpr]*Request),
		senders:       make(map[*types.Func]*sentParams),
		posters:       make(map[*types.Func]*poster),
		encodings:     make(map[*types.Func]encoding),
		callers:       make(map[*types.Func]*ParamsCaller),
		setters:       make(map[setterKey]setFields),
		given:         make(map[*ast.BlockStmt]map[ast.Expr]fill),
		places:        make(map[place]origin),
	}
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			if lit, ok := n.(*ast.FuncLit); ok {
				if sig, ok := pass.TypesInfo.TypeOf(lit).(*types.Signature); ok {
					for v := range sig.Params().Variables() {
						r.closureParams[v] = true
					}
				}
			}
			return true
		})
		for _, decl := range file.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					r.decls[fn] = fd
					r.signatures[fd.Body] = fn.Signature()
					results := fn.Signature().Results()
					for i := range results.Len() {
						r.namedResults[fd.Body] = append(r.namedResults[fd.Body], results.At(i))
					}
				}
			}
		}
	}
	return r
}

// paramsStruct returns the request struct behind t, if t is a params type of
// a client library (possibly behind a pointer).
func paramsStruct(t types.Type) (*types.Named, *types.Struct, bool) {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return nil, nil, false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok || st.NumFields() == 0 || st.Field(0).Pkg() == nil || !IsClientPackage(st.Field(0).Pkg().Path()) {
		return nil, nil, false
	}
	if !IsClientPackage(named.Obj().Pkg().Path()) {
		// A type of the program's declared as the library's:
		// type request openai.ChatCompletionNewParams.
		if named = declaredAs(st); named == nil {
			return nil, nil, false
		}
	}
	if len(jsonFields(st)) == 0 {
		return nil, nil, false
	}
	return named, st, true
}

// declaredAs returns the type of a client library whose underlying
// struct is st, or nil.
func declaredAs(st *types.Struct) *types.Named {
	if named, ok := declared.Load(st); ok {
		return named.(*types.Named)
	}
	named := declaredIn(st)
	declared.Store(st, named)
	return named
}

// declared memoizes declaredAs: a library's scope is long to search, and
// its types do not change.
var declared sync.Map // *types.Struct → *types.Named

func declaredIn(st *types.Struct) *types.Named {
	scope := st.Field(0).Pkg().Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() && tn.Type().Underlying() == st {
			named, _ := tn.Type().(*types.Named)
			return named
		}
	}
	return nil
}

// params resolves an expression of params type found in region, the body of
// the outermost function around it.
func (r *resolver) params(e ast.Expr, st *types.Struct, region *ast.BlockStmt, depth int) origin {
	if depth > maxDepth {
		return unknownOrigin()
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return r.literal(e, st)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return r.params(e.X, st, region, depth+1)
		}
	case *ast.StarExpr:
		return r.params(e.X, st, region, depth+1) // *&params, *p
	case *ast.Ident:
		switch obj := r.pass.TypesInfo.ObjectOf(e).(type) {
		case *types.Var:
			if init, ok := r.packageVars[obj]; ok {
				return r.params(init, st, nil, depth+1)
			}
			if p, scope, ok := r.placeOf(e, region); ok {
				return r.stored(p, scope, st, depth) // a package variable that functions change
			}
			return r.variable(obj, e.Pos(), st, region, depth)
		case *types.Nil:
			return knownOrigin()
		}
	case *ast.CallExpr:
		if r.isBuiltin(e, "new") {
			return knownOrigin() // a zero value
		}
		if r.pass.TypesInfo.Types[e.Fun].IsType() && len(e.Args) == 1 {
			// A conversion from a type of the program's with the same
			// fields: openai.ChatCompletionRequest(req).
			return r.params(e.Args[0], st, region, depth+1)
		}
		if o, ok := r.programBuilt(e, st, depth); ok {
			return o
		}
		return r.callResult(e, 0, depth)
	case *ast.SelectorExpr, *ast.IndexExpr:
		if p, scope, ok := r.placeOf(e, region); ok {
			return r.stored(p, scope, st, depth)
		}
	}
	// A field or map of another package, an interface: not ours to see.
	return unknownOrigin()
}

// literal reads the fields a composite literal sets.
func (r *resolver) literal(lit *ast.CompositeLit, st *types.Struct) origin {
	o := knownOrigin()
	o.literals = []*ast.CompositeLit{lit}
	tags := tagsByField(st)
	for i, elt := range lit.Elts {
		var field *types.Var
		var key *ast.Ident
		value := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			key, _ = kv.Key.(*ast.Ident)
			if key != nil {
				field, _ = r.pass.TypesInfo.ObjectOf(key).(*types.Var)
			}
			value = kv.Value
		} else if i < st.NumFields() {
			field = st.Field(i)
		}
		tag, ok := tags[field]
		if !ok {
			continue
		}
		if s, sent := r.setting(InLiteral, elt.Pos(), key, value, st, field); sent {
			o.addField(tag, s)
		}
	}
	return o
}

// fieldWrite is what a write of one field of params, w, sets: the value
// assigned to the field itself, or the field as set some other way.
func (r *resolver) fieldWrite(via Via, w locals.Write, st *types.Struct) (Setting, bool) {
	var value ast.Expr
	if len(w.Path) == 1 && w.Kind == locals.Assign {
		value = w.Value
	}
	sel := w.Path[0].Expr.(*ast.SelectorExpr)
	return r.setting(via, sel.Pos(), sel.Sel, value, st, w.Path[0].Field)
}

// setting describes a field set to value, or reports that the value is a
// zero constant that the wire format leaves off.
func (r *resolver) setting(via Via, pos token.Pos, key *ast.Ident, value ast.Expr, st *types.Struct, field *types.Var) (Setting, bool) {
	s := Setting{Via: via, Pos: pos, Key: key}
	if value == nil {
		return s, true
	}
	value = r.unwrapOptional(value)
	s.Value = value
	tv, ok := r.pass.TypesInfo.Types[value]
	if !ok || tv.Value == nil {
		return s, true
	}
	s.Constant = true
	switch tv.Value.Kind() {
	case constant.String:
		s.Empty = constant.StringVal(tv.Value) == ""
	case constant.Int:
		s.Int, s.IntKnown = constant.Int64Val(tv.Value)
	}
	if field != nil && omittedWhenZero(st, field) && isZeroConstant(tv.Value) {
		return s, false
	}
	return s, true
}

func isZeroConstant(v constant.Value) bool {
	switch v.Kind() {
	case constant.String:
		return constant.StringVal(v) == ""
	case constant.Int, constant.Float:
		return constant.Sign(v) == 0
	case constant.Bool:
		return !constant.BoolVal(v)
	}
	return false
}

// unwrapOptional returns the argument of an optional-value constructor such
// as openai.String(x), or the expression itself.
func (r *resolver) unwrapOptional(e ast.Expr) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return e
	}
	if c, key, ok := libraryFunc(r.pass.TypesInfo, call); ok && c.optionalConstructors[key] {
		return call.Args[0]
	}
	return e
}

// libraryFunc identifies a call to a package-level function of a client
// library, by its library and its name relative to the library's root.
func libraryFunc(info *types.Info, call *ast.CallExpr) (*Client, names.Name, bool) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Signature().Recv() != nil {
		return nil, names.Name{}, false
	}
	return relativeName(fn)
}

func tagsByField(st *types.Struct) map[*types.Var]string {
	tags := make(map[*types.Var]string)
	for tag, f := range jsonFields(st) {
		tags[f] = tag
	}
	return tags
}

// local reports whether v is declared in region, or is a named result of
// the function whose body region is: a variable whose every definition the
// resolver sees.
func (r *resolver) local(v *types.Var, region *ast.BlockStmt) bool {
	if region == nil || r.closureParams[v] {
		return false
	}
	if region.Pos() <= v.Pos() && v.Pos() < region.End() {
		return true
	}
	return slices.Contains(r.namedResults[region], v)
}

// parameter reports whether v is a parameter of the function whose body
// region is.
func (r *resolver) parameter(v *types.Var, region *ast.BlockStmt) bool {
	sig := r.signatures[region]
	if sig == nil {
		return false
	}
	for p := range sig.Params().Variables() {
		if p == v {
			return true
		}
	}
	return false
}

// variable resolves a local variable or parameter of params type, read at
// pos, from the writes of region that may reach that read
// (internal/locals): a field set on some way to the read counts as set,
// and a placeholder that a later assignment replaces on every way does
// not. A parameter holds what each caller passes, besides. Where the
// variable escapes (its address taken but not given to a sender that takes
// a pointer, a pointer method other than SetExtraFields, a pointer shared
// as pointerEscapes says), anything may be in it: the answer is unknown.
func (r *resolver) variable(v *types.Var, pos token.Pos, st *types.Struct, region *ast.BlockStmt, depth int) origin {
	o := knownOrigin()
	switch {
	case r.parameter(v, region):
		o = fromParameter(v)
	case !r.local(v, region):
		// A package variable, a variable of an enclosing function we do
		// not see, a function literal's parameter: anything may be in it.
		return unknownOrigin()
	}
	if _, ptr := v.Type().Underlying().(*types.Pointer); ptr && r.pointerEscapes(v, region) {
		return unknownOrigin()
	}
	info := r.pass.TypesInfo
	tags := tagsByField(st)
	fieldsByTag := jsonFields(st)
	writes, escapes := locals.Writes(info, v, region, nil)
	set, ok := r.setThrough(escapes, st, region)
	if !ok {
		return unknownOrigin()
	}
	// A helper call that sets a field on every way through it replaces
	// what was there, as an assignment of the field would.
	replacing := writes
	for _, e := range escapes {
		f := r.addressesGiven(region)[ast.Unparen(e.Node.(ast.Expr))]
		for _, tag := range f.always {
			if f.stmt != nil && fieldsByTag[tag] != nil {
				replacing = append(replacing, locals.Write{Kind: locals.Assign, Node: f.stmt, Path: []locals.Step{{Field: fieldsByTag[tag]}}})
			}
		}
	}
	// reaching says whether a write reaches the read of field f (of the
	// whole variable, for nil).
	reached := make(map[*types.Var][]locals.Write)
	reaching := func(w locals.Write, f *types.Var) bool {
		ws, ok := reached[f]
		if !ok {
			var path []locals.Step
			if f != nil {
				path = []locals.Step{{Field: f}}
			}
			ws = locals.Reaching(replacing, region, pos, path)
			reached[f] = ws
		}
		return slices.ContainsFunc(ws, func(x locals.Write) bool { return x.Node == w.Node && x.Index == w.Index && len(x.Path) == len(w.Path) })
	}
	for _, w := range writes {
		if !w.Whole() {
			field := w.Path[0].Field
			tag, ok := tags[field]
			if !ok || !reaching(w, field) {
				continue
			}
			if s, sent := r.fieldWrite(ByAssignment, w, st); sent {
				o.addField(tag, s)
			}
			continue
		}
		if !reaching(w, nil) {
			continue
		}
		var got origin
		switch w.Kind {
		case locals.Zero:
			continue // the zero value sets nothing
		case locals.Assign:
			got = r.params(w.Value, st, region, depth+1)
		case locals.Result:
			got = r.callResult(w.Value.(*ast.CallExpr), w.Index, depth+1)
		case locals.Range:
			// for _, p := range pending: each element.
			p, scope, ok := r.elementsOf(w.Value, region)
			if w.Index == 0 || !ok {
				return unknownOrigin()
			}
			got = r.stored(p, scope, st, depth+1)
		default:
			return unknownOrigin() // a comma-ok form, an update, a type switch
		}
		// What a later write of a field replaces on every way to the read
		// does not reach it: a placeholder.
		for tag := range got.fields {
			if !reaching(w, fieldsByTag[tag]) {
				delete(got.fields, tag)
			}
		}
		o.merge(got)
		if !o.known {
			return unknownOrigin()
		}
	}
	o.merge(set) // after the writes: the caller's literal stays the one a fix edits
	return o
}

// fieldThrough returns the top-level params field that e (v.F, v.F.G,
// v.F[i]) writes to, where isV tells the params v, and whether e is
// exactly v.F.
func fieldThrough(e ast.Expr, isV func(ast.Expr) bool) (*ast.SelectorExpr, bool) {
	var top *ast.SelectorExpr
	direct := true
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			if isV(x.X) {
				return x, direct && top == nil
			}
			top, e, direct = x, x.X, false
		case *ast.IndexExpr:
			e, direct = x.X, false
		default:
			return nil, false
		}
	}
}

// setThrough is what may be set in params where they escape the walk of
// their writes: a field whose address is taken, the fields SetExtraFields
// names, what a function given the params or their address sets (see
// addressesGiven). ok is false where anything may be set: the address
// given to any other function, or to a pointer method.
func (r *resolver) setThrough(escapes []locals.Escape, st *types.Struct, region *ast.BlockStmt) (origin, bool) {
	o := knownOrigin()
	tags := tagsByField(st)
	for _, e := range escapes {
		switch {
		case e.Kind == locals.AddressTaken && len(e.Path) > 0:
			// &v.F: the field may be set through the pointer.
			if tag, ok := tags[e.Path[0].Field]; ok {
				o.addField(tag, Setting{Via: ByAssignment, Pos: e.Node.Pos(), Key: e.Path[0].Expr.(*ast.SelectorExpr).Sel})
			}
		case e.Kind == locals.AddressTaken, e.Kind == locals.Shared:
			given, ok := r.addressesGiven(region)[ast.Unparen(e.Node.(ast.Expr))]
			if !ok {
				return o, false
			}
			o.merge(given.set)
		case e.Kind == locals.PointerMethod && len(e.Path) == 0:
			call := e.Node.(*ast.CallExpr)
			if !r.setsExtraFields(call) {
				return o, false // a pointer method may change any field
			}
			o.merge(r.extraFields(call))
		}
	}
	return o, true
}

// fill is what a function given params, or their address, does to them:
// what it sets on some way through it, and the fields it sets on every
// way (always, by tag). stmt is the statement that is the call, if it is
// one.
type fill struct {
	set    origin
	always []string
	stmt   ast.Stmt
}

// addressesGiven returns the params of region, or their addresses, given
// to a function that reads them and at most sets some of their fields,
// with what it sets: a sender, which reads them to send them, a setter,
// or a config constructor, which reads the config it makes a model from.
func (r *resolver) addressesGiven(region *ast.BlockStmt) map[ast.Expr]fill {
	if given, ok := r.given[region]; ok {
		return given
	}
	given := make(map[ast.Expr]fill)
	r.given[region] = given
	stmts := make(map[*ast.CallExpr]ast.Stmt)
	ast.Inspect(region, func(n ast.Node) bool {
		if stmt, ok := n.(*ast.ExprStmt); ok {
			if call, ok := ast.Unparen(stmt.X).(*ast.CallExpr); ok {
				stmts[call] = stmt
			}
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sent, _ := r.paramsArgument(call)
		if sent != nil {
			given[ast.Unparen(sent)] = fill{set: knownOrigin()} // what a sender sets is its request's
		}
		if c, key, ok := libraryFunc(r.pass.TypesInfo, call); ok && key == c.configConstructor && len(call.Args) > 0 {
			given[ast.Unparen(call.Args[len(call.Args)-1])] = fill{set: knownOrigin()} // the constructor reads its config
		}
		fn := typeutil.StaticCallee(r.pass.TypesInfo, call)
		if fn == nil || fn.Pkg() == nil {
			return true
		}
		args := callArgs(r.pass.TypesInfo, call)
		for i, arg := range args {
			if f, ok := r.setterCall(fn, i, args); ok && arg != sent {
				f.stmt = stmts[call]
				given[ast.Unparen(arg)] = f
			}
		}
		return true
	})
	return given
}

// setsExtraFields reports whether call is params.SetExtraFields of a client
// library.
func (r *resolver) setsExtraFields(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	method, ok := r.pass.TypesInfo.ObjectOf(sel.Sel).(*types.Func)
	return ok && isExtraFieldsMethod(method)
}

// extraFields reads params.SetExtraFields(map[string]any{"key": value}).
func (r *resolver) extraFields(call *ast.CallExpr) origin {
	if len(call.Args) != 1 {
		return unknownOrigin()
	}
	return r.fieldMap(call.Args[0], ByExtraFields)
}

func (r *resolver) constantString(e ast.Expr) (string, bool) {
	return constantString(r.pass.TypesInfo.Types[e])
}

func constantString(tv types.TypeAndValue) (string, bool) {
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}
