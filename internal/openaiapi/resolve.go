package openaiapi

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/textproto"
	"net/url"
	"slices"
	"strings"

	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/locals"
	"github.com/openaivet/openaivet/internal/names"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// maxDepth bounds how far the resolver follows variables and builders; past
// it the answer is "unknown".
const maxDepth = 8

// origin is what an expression is known to set: the fields of params, or the
// fields and headers of a list of options.
type origin struct {
	known    bool
	fields   map[string][]Setting
	headers  map[string][]Setting
	literals []*ast.CompositeLit // the params literals the value comes from
	// otherHosts are the hosts, not OpenAI's, that a client's base URL
	// is set to on some path.
	otherHosts []string
	// shared holds when a client comes, on some path, from a variable
	// that outlives the function: a parameter, a package variable.
	shared bool
	// params are the parameters of the function whose value, given by
	// the caller, the expression may hold: what is known is known but for
	// what each caller passes.
	params []*types.Var
}

func knownOrigin() origin { return origin{known: true} }

// fromParameter is the origin of a parameter of the function: its callers'.
func fromParameter(v *types.Var) origin { return origin{known: true, params: []*types.Var{v}} }

// complete reports whether everything the origin may hold is known here,
// its callers' arguments included.
func (o origin) complete() bool { return o.known && len(o.params) == 0 }

func unknownOrigin() origin { return origin{} }

func (o *origin) merge(p origin) {
	o.known = o.known && p.known
	for tag, ss := range p.fields {
		o.addField(tag, ss...)
	}
	for name, ss := range p.headers {
		o.addHeader(name, ss...)
	}
	o.literals = append(o.literals, p.literals...)
	o.otherHosts = append(o.otherHosts, p.otherHosts...)
	o.shared = o.shared || p.shared
	for _, v := range p.params {
		if !slices.Contains(o.params, v) {
			o.params = append(o.params, v)
		}
	}
}

func (o *origin) addField(tag string, ss ...Setting) {
	if o.fields == nil {
		o.fields = make(map[string][]Setting)
	}
	o.fields[tag] = append(o.fields[tag], ss...)
}

func (o *origin) addHeader(name string, ss ...Setting) {
	if o.headers == nil {
		o.headers = make(map[string][]Setting)
	}
	name = textproto.CanonicalMIMEHeaderKey(name)
	o.headers[name] = append(o.headers[name], ss...)
}

// resolver answers what params and options set, within one package.
type resolver struct {
	pass  *analysis.Pass
	decls map[*types.Func]*ast.FuncDecl
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
	// of its parameters (nil for one that sends none, or is being read).
	requests map[*ast.CallExpr]*Request
	senders  map[*types.Func]*sentParams
	callers  map[*types.Func]*ParamsCaller
	setters  map[setterKey]setFields
	// given memoizes addressesGiven, by region.
	given map[*ast.BlockStmt]map[ast.Expr]fill
	// places memoizes what the places where params are kept hold.
	places map[place]origin
	// fieldWrites indexes the values stored in struct fields, on demand.
	fieldWrites map[*types.Var][]ast.Expr
	// packageVars holds the initializer of every unexported package-level
	// variable that nothing in the package changes after it is declared.
	packageVars map[*types.Var]ast.Expr
}

func newResolver(pass *analysis.Pass) *resolver {
	r := &resolver{
		pass:          pass,
		packageVars:   constantPackageVars(pass),
		decls:         make(map[*types.Func]*ast.FuncDecl),
		builders:      make(map[*types.Func]*builtParams),
		namedResults:  make(map[*ast.BlockStmt][]*types.Var),
		signatures:    make(map[*ast.BlockStmt]*types.Signature),
		closureParams: make(map[*types.Var]bool),
		requests:      make(map[*ast.CallExpr]*Request),
		senders:       make(map[*types.Func]*sentParams),
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
	if _, key, ok := libraryFunc(r.pass.TypesInfo, call); ok && optionalConstructors[key] {
		return call.Args[0]
	}
	return e
}

// libraryFunc identifies a call to a package-level function of a client
// library, by its library and its name relative to the library's root.
func libraryFunc(info *types.Info, call *ast.CallExpr) (Library, names.Name, bool) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Signature().Recv() != nil {
		return 0, names.Name{}, false
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
// with what it sets: a sender, which reads them to send them, or a setter.
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
	return ok && method.Name() == setExtraFieldsMethod && method.Pkg() != nil && IsClientPackage(method.Pkg().Path())
}

// extraFields reads params.SetExtraFields(map[string]any{"key": value}).
func (r *resolver) extraFields(call *ast.CallExpr) origin {
	if len(call.Args) != 1 {
		return unknownOrigin()
	}
	lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
	if !ok {
		return unknownOrigin()
	}
	o := knownOrigin()
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return unknownOrigin()
		}
		key, ok := r.constantString(kv.Key)
		if !ok {
			return unknownOrigin()
		}
		s, _ := r.setting(ByExtraFields, kv.Pos(), nil, kv.Value, nil, nil)
		o.addField(key, s)
	}
	return o
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

// callResult resolves result index of a call that returns params: a builder
// of this package (summarized on demand) or of another (through its fact).
func (r *resolver) callResult(call *ast.CallExpr, index int, depth int) origin {
	if depth > maxDepth {
		return unknownOrigin()
	}
	fn := typeutil.StaticCallee(r.pass.TypesInfo, call)
	if fn == nil {
		return unknownOrigin()
	}
	if fn.Pkg() == r.pass.Pkg {
		// A builder of this package is read in place: its settings keep
		// their values and positions. Its literals are not the call's to
		// edit: a value in scope at the call may not be in scope there.
		built := r.builder(fn, depth+1)
		if built == nil || built.index != index {
			return unknownOrigin()
		}
		o := built.origin
		o.literals = nil
		o.fields = r.bindArguments(o.fields, fn, callArgs(r.pass.TypesInfo, call))
		return o
	}
	var b ParamsBuilder
	if !r.pass.ImportObjectFact(fn, &b) || b.Result != index {
		return unknownOrigin()
	}
	o := knownOrigin()
	o.fields = r.bindArguments(importedSettings(ByBuilder, b.Fields), fn, callArgs(r.pass.TypesInfo, call))
	return o
}

// importedSettings is what a fact of another package says a function sets.
func importedSettings(via Via, fields []BuiltField) map[string][]Setting {
	settings := make(map[string][]Setting)
	for _, f := range fields {
		s := Setting{Via: via, Constant: f.Constant, Empty: f.Empty, Int: f.Int, IntKnown: f.IntKnown}
		if f.FromParam {
			s.param = f.Param + 1
		}
		settings[f.Tag] = append(settings[f.Tag], s)
	}
	return settings
}

// bindArguments replaces, in what a builder or sender sets, each value
// that is one of its parameters by the argument of this call:
// params(userID) sets safety_identifier to userID, params("anonymous") to
// a constant.
func (r *resolver) bindArguments(settings map[string][]Setting, fn *types.Func, args []ast.Expr) map[string][]Setting {
	bound := make(map[string][]Setting, len(settings))
	for tag, ss := range settings {
		for _, s := range ss {
			if i, ok := r.argumentIndex(s, fn); ok && i < len(args) {
				pos := s.Pos
				if !pos.IsValid() {
					pos = args[i].Pos() // set in another package, to this argument
				}
				arg, _ := r.setting(s.Via, pos, s.Key, args[i], nil, nil)
				s.Pos, s.Value, s.Constant, s.Empty, s.Int, s.IntKnown = arg.Pos, arg.Value, arg.Constant, arg.Empty, arg.Int, arg.IntKnown
				s.param = 0
			}
			bound[tag] = append(bound[tag], s)
		}
	}
	return bound
}

// argumentIndex returns the parameter of fn that a setting's value is,
// but for a variadic one.
func (r *resolver) argumentIndex(s Setting, fn *types.Func) (int, bool) {
	sig := fn.Signature()
	i := s.param - 1
	if id, ok := s.Value.(*ast.Ident); ok {
		i = slices.IndexFunc(slices.Collect(sig.Params().Variables()), func(p *types.Var) bool {
			return r.pass.TypesInfo.ObjectOf(id) == p
		})
	}
	return i, i >= 0 && !(sig.Variadic() && i == sig.Params().Len()-1)
}

// builtParams is what a builder of this package returns: its result number
// index, with what the params hold.
type builtParams struct {
	index  int
	origin origin
}

// builderFact summarizes what a builder sets for other packages.
func (r *resolver) builderFact(fn *types.Func, b *builtParams) *ParamsBuilder {
	return &ParamsBuilder{Result: b.index, Fields: r.builtFields(b.origin.fields, fn)}
}

// builtFields summarizes settings for other packages: a field is constant
// (or empty) when every value set is, and is the caller's argument when
// its one value is a parameter of fn.
func (r *resolver) builtFields(fields map[string][]Setting, fn *types.Func) []BuiltField {
	var built []BuiltField
	for tag, ss := range fields {
		f := BuiltField{Tag: tag, Constant: true, Empty: true}
		for _, s := range ss {
			f.Constant = f.Constant && s.Constant
			f.Empty = f.Empty && s.Empty
		}
		if i, ok := r.argumentIndex(ss[0], fn); ok && len(ss) == 1 {
			f.FromParam, f.Param = true, i
		}
		if len(ss) == 1 {
			f.Int, f.IntKnown = ss[0].Int, ss[0].IntKnown
		}
		built = append(built, f)
	}
	sortFields(built)
	return built
}

// builder reads a function of this package that returns params: the
// fields that some return of it sets. It returns nil when the function is
// not a builder, or when what it returns cannot be seen.
func (r *resolver) builder(fn *types.Func, depth int) *builtParams {
	if b, done := r.builders[fn]; done {
		return b
	}
	r.builders[fn] = nil // recursion yields "unknown"
	decl, ok := r.decls[fn]
	if !ok {
		return nil
	}
	results := fn.Signature().Results()
	index := -1
	var st *types.Struct
	for i := range results.Len() {
		if _, s, ok := paramsStruct(results.At(i).Type()); ok {
			if index >= 0 {
				return nil // two params results: not a plain builder
			}
			index, st = i, s
		}
	}
	if index < 0 {
		return nil
	}
	o := knownOrigin()
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are not ours
		case *ast.ReturnStmt:
			switch {
			case len(n.Results) == results.Len():
				o.merge(r.params(n.Results[index], st, decl.Body, depth))
			case len(n.Results) == 0 && results.At(index).Name() != "":
				o.merge(r.variable(results.At(index), n.Pos(), st, decl.Body, depth))
			case len(n.Results) == 1:
				if call, ok := ast.Unparen(n.Results[0]).(*ast.CallExpr); ok {
					o.merge(r.callResult(call, index, depth))
				} else {
					o.known = false
				}
			default:
				o.known = false
			}
		}
		return o.known
	})
	if !o.complete() {
		return nil // unknown, or what the caller gave: not built here
	}
	b := &builtParams{index: index, origin: o}
	r.builders[fn] = b
	return b
}

// options resolves the option arguments of a call (the variadic tail), or
// the options given to a client constructor, into the fields and headers
// they set.
func (r *resolver) options(args []ast.Expr, ellipsis bool, via Via, region *ast.BlockStmt, depth int) origin {
	o := knownOrigin()
	for i, arg := range args {
		if ellipsis && i == len(args)-1 {
			o.merge(r.optionSlice(arg, via, region, depth+1))
		} else {
			o.merge(r.option(arg, via, region, depth+1))
		}
	}
	return o
}

// option resolves one option value.
func (r *resolver) option(e ast.Expr, via Via, region *ast.BlockStmt, depth int) origin {
	if depth > maxDepth {
		return unknownOrigin()
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		_, key, ok := libraryFunc(r.pass.TypesInfo, e)
		if !ok {
			// A project function that returns an option may set anything.
			return unknownOrigin()
		}
		o := knownOrigin()
		if baseURLOptions[key] && len(e.Args) == 1 {
			o.otherHosts = r.otherHosts(e.Args[0], region)
			return o
		}
		if len(e.Args) != 2 || !(jsonFieldOptions[key] || headerOptions[key]) {
			return o
		}
		name, ok := r.constantString(e.Args[0])
		if !ok {
			return unknownOrigin()
		}
		s, _ := r.setting(via, e.Pos(), nil, e.Args[1], nil, nil)
		if jsonFieldOptions[key] {
			o.addField(name, s)
		} else {
			o.addHeader(name, s)
		}
		return o
	case *ast.Ident:
		if v, ok := r.pass.TypesInfo.ObjectOf(e).(*types.Var); ok {
			return r.definitions(v, region, func(value ast.Expr) origin {
				return r.option(value, via, region, depth+1)
			})
		}
	}
	return unknownOrigin()
}

// optionSlice resolves a slice of options passed with "...".
func (r *resolver) optionSlice(e ast.Expr, via Via, region *ast.BlockStmt, depth int) origin {
	if depth > maxDepth {
		return unknownOrigin()
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return r.options(e.Elts, false, via, region, depth)
	case *ast.CallExpr:
		if r.isAppend(e) {
			o := r.optionSlice(e.Args[0], via, region, depth+1)
			o.merge(r.options(e.Args[1:], e.Ellipsis.IsValid(), via, region, depth+1))
			return o
		}
	case *ast.Ident:
		if v, ok := r.pass.TypesInfo.ObjectOf(e).(*types.Var); ok {
			if r.parameter(v, region) {
				return fromParameter(v) // passed on from the callers
			}
			return r.definitions(v, region, func(value ast.Expr) origin {
				// opts = append(opts, ...) adds to what the other
				// definitions of opts hold.
				if call, ok := ast.Unparen(value).(*ast.CallExpr); ok && r.isAppend(call) {
					if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok && r.pass.TypesInfo.ObjectOf(id) == v {
						return r.options(call.Args[1:], call.Ellipsis.IsValid(), via, region, depth+1)
					}
				}
				return r.optionSlice(value, via, region, depth+1)
			})
		}
	}
	return unknownOrigin()
}

// isAppend reports whether call is a call of the built-in append.
func (r *resolver) isAppend(call *ast.CallExpr) bool {
	return r.isBuiltin(call, "append") && len(call.Args) > 0
}

// isBuiltin reports whether call is a call of the named built-in function.
func (r *resolver) isBuiltin(call *ast.CallExpr, name string) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	_, builtin := r.pass.TypesInfo.ObjectOf(id).(*types.Builtin)
	return builtin && id.Name == name
}

// definitions merges what each value assigned to a local variable resolves
// to, or resolves the initializer of a package variable nothing changes. A
// variable whose address is taken, or that is neither, is unknown.
func (r *resolver) definitions(v *types.Var, region *ast.BlockStmt, resolve func(ast.Expr) origin) origin {
	if init, ok := r.packageVars[v]; ok {
		return resolve(init)
	}
	if !r.local(v, region) {
		return unknownOrigin()
	}
	writes, escapes := locals.Writes(r.pass.TypesInfo, v, region, nil)
	for _, e := range escapes {
		if e.Kind == locals.AddressTaken && len(e.Path) == 0 {
			return unknownOrigin() // anything may be stored through &v
		}
	}
	o := knownOrigin()
	for _, w := range writes {
		switch {
		case !w.Whole(), w.Kind == locals.Zero:
		case w.Kind == locals.Assign:
			o.merge(resolve(w.Value))
		default:
			return unknownOrigin() // a call's result, a comma-ok form, a range
		}
		if !o.known {
			return unknownOrigin()
		}
	}
	return o
}

// clientOptions resolves what the options of the client or service that
// recv (the receiver of a request method) was made from set.
func (r *resolver) clientOptions(recv ast.Expr, region *ast.BlockStmt) origin {
	// Walk down client.Chat.Completions to client.
	for {
		sel, ok := ast.Unparen(recv).(*ast.SelectorExpr)
		if !ok {
			break
		}
		selection, ok := r.pass.TypesInfo.Selections[sel]
		if !ok || selection.Kind() != types.FieldVal || !IsClientPackage(selection.Obj().Pkg().Path()) {
			break
		}
		recv = sel.X
	}
	return r.client(recv, region, 0)
}

func (r *resolver) client(e ast.Expr, region *ast.BlockStmt, depth int) origin {
	if depth > maxDepth {
		return unknownOrigin()
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if args, ellipsis, ok := r.constructorOptions(e); ok {
			return r.options(args, ellipsis, ByClientOption, region, depth+1)
		}
		if _, key, ok := libraryFunc(r.pass.TypesInfo, e); ok && key == (names.Name{Member: goOpenAIConfigConstructor}) && len(e.Args) == 1 {
			o := knownOrigin()
			o.otherHosts = r.configHosts(e.Args[0], region)
			return o
		}
		// A helper of this package that makes the client.
		o, found := knownOrigin(), false
		for result, body := range r.returned(e) {
			o.merge(r.client(result, body, depth+1))
			found = true
		}
		if found {
			return o
		}
	case *ast.SelectorExpr:
		if v, ok := r.pass.TypesInfo.ObjectOf(e.Sel).(*types.Var); ok {
			if v.IsField() {
				return r.fieldClient(v, depth)
			}
			// Another package's variable.
			o := unknownOrigin()
			o.shared = true
			return o
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return r.client(e.X, region, depth+1)
		}
	case *ast.StarExpr:
		return r.client(e.X, region, depth+1)
	case *ast.Ident:
		if v, ok := r.pass.TypesInfo.ObjectOf(e).(*types.Var); ok {
			o := r.definitions(v, region, func(value ast.Expr) origin {
				return r.client(value, region, depth+1)
			})
			// Declared outside the function's body, it is a parameter
			// or a package variable: one client for the calls of
			// many users.
			o.shared = o.shared || !r.local(v, region)
			return o
		}
	}
	return unknownOrigin()
}

// constructorOptions returns the option arguments of a call to a client or
// service constructor.
func (r *resolver) constructorOptions(call *ast.CallExpr) ([]ast.Expr, bool, bool) {
	lib, key, ok := libraryFunc(r.pass.TypesInfo, call)
	if !ok || !isClientConstructor(lib, key) {
		return nil, false, false
	}
	return call.Args, call.Ellipsis.IsValid(), true
}

// constantPackageVars finds the unexported package-level variables that are
// set once, where they are declared, and never changed: their initializer is
// all they ever hold. An exported variable may be changed by any importer.
func constantPackageVars(pass *analysis.Pass) map[*types.Var]ast.Expr {
	info := pass.TypesInfo
	vars := make(map[*types.Var]ast.Expr)
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			gen, ok := decl.(*ast.GenDecl)
			if !ok || gen.Tok != token.VAR {
				continue
			}
			for _, spec := range gen.Specs {
				spec := spec.(*ast.ValueSpec)
				if len(spec.Values) != len(spec.Names) {
					continue
				}
				for i, name := range spec.Names {
					if v, ok := info.Defs[name].(*types.Var); ok && !v.Exported() {
						vars[v] = spec.Values[i]
					}
				}
			}
		}
	}
	if len(vars) == 0 {
		return vars
	}
	// root returns the package variable that e (v, v.F, v[i], ...) changes.
	root := func(e ast.Expr) *types.Var {
		for {
			switch x := ast.Unparen(e).(type) {
			case *ast.Ident:
				v, _ := info.Uses[x].(*types.Var)
				return v
			case *ast.SelectorExpr:
				if _, isField := info.Selections[x]; !isField {
					return nil // a qualified identifier of another package
				}
				e = x.X
			case *ast.IndexExpr:
				e = x.X
			case *ast.StarExpr:
				e = x.X
			default:
				return nil
			}
		}
	}
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, lhs := range n.Lhs {
					delete(vars, root(lhs))
				}
			case *ast.IncDecStmt:
				delete(vars, root(n.X))
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					delete(vars, root(n.X))
				}
			case *ast.RangeStmt:
				if n.Key != nil {
					delete(vars, root(n.Key))
				}
				if n.Value != nil {
					delete(vars, root(n.Value))
				}
			case *ast.CallExpr:
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && mayChangeReceiver(info, sel) {
					delete(vars, root(sel.X))
				}
			}
			return true
		})
	}
	return vars
}

// mayChangeReceiver reports whether a call of the method sel may change its
// receiver: any pointer method may, except the request methods of a
// client library's services, which only send.
func mayChangeReceiver(info *types.Info, sel *ast.SelectorExpr) bool {
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Signature().Recv() == nil {
		return false
	}
	recv := fn.Signature().Recv().Type()
	if _, ptr := recv.(*types.Pointer); !ptr {
		return false
	}
	if fn.Pkg() != nil {
		if lib, _, ok := LibraryOf(fn.Pkg().Path()); ok && sendsRequests(lib, receiverName(recv)) {
			return false
		}
	}
	return true
}

// fieldClient resolves a client kept in a struct field, from every value
// the package stores in the field. Only an unexported field of this package
// can be seen whole.
func (r *resolver) fieldClient(f *types.Var, depth int) origin {
	if f.Exported() || f.Pkg() != r.pass.Pkg {
		return unknownOrigin()
	}
	if r.fieldWrites == nil {
		r.fieldWrites = indexFieldWrites(r.pass)
	}
	writes, ok := r.fieldWrites[f]
	if !ok || writes == nil {
		return unknownOrigin() // never set, or its address is taken
	}
	o := knownOrigin()
	for _, w := range writes {
		o.merge(r.client(w, astutil.OutermostBody(r.pass.Files, w.Pos()), depth+1))
	}
	return o
}

// indexFieldWrites finds the values the package stores in struct fields,
// in composite literals and assignments. A field whose address is taken,
// or that is assigned from a tuple, maps to nil: anything may be in it.
func indexFieldWrites(pass *analysis.Pass) map[*types.Var][]ast.Expr {
	info := pass.TypesInfo
	writes := make(map[*types.Var][]ast.Expr)
	escaped := make(map[*types.Var]bool)
	field := func(e ast.Expr) *types.Var {
		var id *ast.Ident
		switch e := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			id = e.Sel
		case *ast.Ident:
			id = e
		default:
			return nil
		}
		if f, ok := info.ObjectOf(id).(*types.Var); ok && f.IsField() {
			return f
		}
		return nil
	}
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if f := field(n.Key); f != nil {
					writes[f] = append(writes[f], n.Value)
				}
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					if _, isSel := ast.Unparen(lhs).(*ast.SelectorExpr); !isSel {
						continue
					}
					if f := field(lhs); f != nil {
						if len(n.Lhs) == len(n.Rhs) {
							writes[f] = append(writes[f], n.Rhs[i])
						} else {
							escaped[f] = true
						}
					}
				}
			case *ast.UnaryExpr:
				if _, isSel := ast.Unparen(n.X).(*ast.SelectorExpr); isSel && n.Op == token.AND {
					if f := field(n.X); f != nil {
						escaped[f] = true
					}
				}
			}
			return true
		})
	}
	for f := range escaped {
		writes[f] = nil
	}
	return writes
}

// otherHosts returns the hosts other than OpenAI's that a base URL may
// be, on some path: a constant, a variable given one anywhere (endpoint :=
// "https://api.x.ai/v1", then maybe overridden from the environment), the
// default of a flag or of a configuration helper (envOr("LLM_URL",
// "http://localhost:11434/v1"), cmp.Or(...)), what a helper of this
// package returns, a field of this package given one, or the URL of an
// httptest server.
func (r *resolver) otherHosts(e ast.Expr, region *ast.BlockStmt) []string {
	var hosts []string
	for _, u := range r.urlValues(e, region, 0) {
		if u == testServerURL {
			hosts = append(hosts, testServerHost)
		} else if host, ok := otherHost(u); ok {
			hosts = append(hosts, host)
		}
	}
	return hosts
}

// testServerURL stands, among the values of a base URL, for the URL of an
// httptest server, which no constant spells; testServerHost names it.
const (
	testServerURL  = "\x00httptest"
	testServerHost = "an httptest server"
)

// urlValues returns the constant strings a URL expression may be, on some
// path, as otherHosts describes.
func (r *resolver) urlValues(e ast.Expr, region *ast.BlockStmt, depth int) []string {
	if depth > maxDepth {
		return nil
	}
	info := r.pass.TypesInfo
	if s, ok := constantString(info.Types[e]); ok {
		return []string{s}
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return r.urlValues(e.X, region, depth+1) // the prefix holds the host
		}
	case *ast.StarExpr:
		return r.urlValues(e.X, region, depth+1) // *flag.String(...)
	case *ast.Ident:
		v, ok := info.ObjectOf(e).(*types.Var)
		if !ok {
			return nil
		}
		if init, ok := r.packageVars[v]; ok {
			return r.urlValues(init, nil, depth+1)
		}
		if !r.local(v, region) {
			return nil
		}
		var values []string
		r.eachDefinition(v, region, func(value ast.Expr) {
			values = append(values, r.urlValues(value, region, depth+1)...)
		})
		return values
	case *ast.SelectorExpr:
		selection, ok := info.Selections[e]
		if !ok || selection.Kind() != types.FieldVal {
			return nil
		}
		f := selection.Obj().(*types.Var)
		if f.Pkg() != nil && f.Pkg().Path() == testServerPackage && f.Name() == testServerURLField {
			return []string{testServerURL}
		}
		if f.Pkg() != r.pass.Pkg {
			return nil
		}
		if r.fieldWrites == nil {
			r.fieldWrites = indexFieldWrites(r.pass)
		}
		var values []string
		for _, w := range r.fieldWrites[f] {
			values = append(values, r.urlValues(w, astutil.OutermostBody(r.pass.Files, w.Pos()), depth+1)...)
		}
		return values
	case *ast.CallExpr:
		// What a call is given as a URL it may return: a default, or
		// the URL it trims or joins.
		var values []string
		for _, arg := range e.Args {
			if isString(info.TypeOf(arg)) {
				values = append(values, r.urlValues(arg, region, depth+1)...)
			}
		}
		for result, body := range r.returned(e) {
			values = append(values, r.urlValues(result, body, depth+1)...)
		}
		return values
	}
	return nil
}

// isString reports whether t is a string type, named or not.
func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// returned yields the single result of each return statement of the
// function of this package that call calls, with the function's body.
func (r *resolver) returned(call *ast.CallExpr) func(yield func(ast.Expr, *ast.BlockStmt) bool) {
	return func(yield func(ast.Expr, *ast.BlockStmt) bool) {
		fn := typeutil.StaticCallee(r.pass.TypesInfo, call)
		decl := r.decls[fn]
		if decl == nil || fn.Signature().Results().Len() != 1 {
			return
		}
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false // its returns are its own
			case *ast.ReturnStmt:
				if len(n.Results) == 1 && !yield(n.Results[0], decl.Body) {
					return false
				}
			}
			return true
		})
	}
}

// eachDefinition calls f with every value assigned to a local variable in
// region, in assignments and declarations that give it one value each.
func (r *resolver) eachDefinition(v *types.Var, region *ast.BlockStmt, f func(ast.Expr)) {
	writes, _ := locals.Writes(r.pass.TypesInfo, v, region, nil)
	for _, w := range writes {
		if w.Whole() && w.Kind == locals.Assign {
			f(w.Value)
		}
	}
}

// configHosts returns the other hosts a go-openai ClientConfig is pointed at:
// cfg.BaseURL = "...", or openai.ClientConfig{BaseURL: "..."}, where the
// config is made or in the helper of this package that returns it.
func (r *resolver) configHosts(e ast.Expr, region *ast.BlockStmt) []string {
	return r.configHostsAt(e, region, 0)
}

func (r *resolver) configHostsAt(e ast.Expr, region *ast.BlockStmt, depth int) []string {
	if depth > maxDepth {
		return nil
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		var hosts []string
		for result, body := range r.returned(call) {
			hosts = append(hosts, r.configHostsAt(result, body, depth+1)...)
		}
		return hosts
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || region == nil {
		return nil
	}
	cfg := r.pass.TypesInfo.ObjectOf(id)
	var hosts []string
	ast.Inspect(region, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
				if ok && sel.Sel.Name == goOpenAIBaseURLField && i < len(n.Rhs) && len(n.Lhs) == len(n.Rhs) {
					if x, ok := ast.Unparen(sel.X).(*ast.Ident); ok && r.pass.TypesInfo.ObjectOf(x) == cfg {
						hosts = append(hosts, r.otherHosts(n.Rhs[i], region)...)
					}
				}
			}
		case *ast.KeyValueExpr:
			if key, ok := n.Key.(*ast.Ident); ok && key.Name == goOpenAIBaseURLField {
				hosts = append(hosts, r.otherHosts(n.Value, region)...)
			}
		}
		return true
	})
	return hosts
}

// otherHost returns the host of a URL that is not OpenAI's.
func otherHost(rawURL string) (string, bool) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Hostname() == "" {
		return "", false
	}
	host := strings.ToLower(u.Hostname())
	for _, suffix := range openAIHostSuffixes {
		if host == suffix || strings.HasSuffix(host, "."+suffix) {
			return "", false
		}
	}
	return host, true
}
