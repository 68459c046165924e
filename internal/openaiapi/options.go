package openaiapi

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/openaivet/openaivet/internal/locals"
	"github.com/openaivet/openaivet/internal/names"
	"golang.org/x/tools/go/types/typeutil"
)

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
		c, key, ok := libraryFunc(r.pass.TypesInfo, e)
		if !ok {
			// A project function that returns an option may set anything.
			return unknownOrigin()
		}
		o := knownOrigin()
		if c.baseURLOptions[key] && len(e.Args) == 1 {
			o.otherHosts = r.otherHosts(e.Args[0], region)
			return o
		}
		if c.opaqueOptions[key] {
			return unknownOrigin() // llms.WithOptions(opts) may set anything
		}
		if c.nestedOptions[key] {
			// react.WithChatModelOptions(opts...), or
			// adk.WithChatModelOptions([]model.Option{...})
			if len(e.Args) == 1 && !e.Ellipsis.IsValid() {
				if _, isSlice := r.pass.TypesInfo.TypeOf(e.Args[0]).Underlying().(*types.Slice); isSlice {
					return r.optionSlice(e.Args[0], via, region, depth+1)
				}
			}
			return r.options(e.Args, e.Ellipsis.IsValid(), via, region, depth+1)
		}
		if tag, ok := c.fieldOptions[key]; ok && len(e.Args) == 1 {
			s, _ := r.setting(via, e.Pos(), nil, e.Args[0], nil, nil)
			o.addField(tag, s)
			return o
		}
		if c.jsonMapOptions[key] && len(e.Args) == 1 {
			return r.fieldMap(e.Args[0], via)
		}
		if c.configOptions[key] && len(e.Args) == 1 {
			return r.configValue(e.Args[0], via, region, depth)
		}
		if len(e.Args) != 2 || !(c.jsonFieldOptions[key] || c.headerOptions[key]) {
			return o
		}
		name, ok := r.constantString(e.Args[0])
		if !ok {
			return unknownOrigin()
		}
		s, _ := r.setting(via, e.Pos(), nil, e.Args[1], nil, nil)
		if c.jsonFieldOptions[key] {
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
	return r.sliceElements(e, region, depth, func(opt ast.Expr, region *ast.BlockStmt) origin {
		return r.option(opt, via, region, depth+1)
	})
}

// sliceElements merges what resolve makes of each value a slice may
// hold, in the function it is in: the elements of a literal and what
// append adds to it, through local variables (opts = append(opts, ...)
// adds to what the other definitions of opts hold) and what helpers of
// the package return. A parameter's are its callers'.
func (r *resolver) sliceElements(e ast.Expr, region *ast.BlockStmt, depth int, resolve func(ast.Expr, *ast.BlockStmt) origin) origin {
	if depth > maxDepth {
		return unknownOrigin()
	}
	// appended resolves what a call of append adds.
	appended := func(call *ast.CallExpr) origin {
		o := knownOrigin()
		for i, arg := range call.Args[1:] {
			if call.Ellipsis.IsValid() && i == len(call.Args)-2 {
				o.merge(r.sliceElements(arg, region, depth+1, resolve))
			} else {
				o.merge(resolve(arg, region))
			}
		}
		return o
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		o := knownOrigin()
		for _, elt := range e.Elts {
			o.merge(resolve(elt, region))
		}
		return o
	case *ast.CallExpr:
		if r.isAppend(e) {
			o := r.sliceElements(e.Args[0], region, depth+1, resolve)
			o.merge(appended(e))
			return o
		}
		// A helper that builds the slice: what each of its returns holds.
		o, found := knownOrigin(), false
		for result, body := range r.returned(e) {
			o.merge(r.sliceElements(result, body, depth+1, resolve))
			found = true
		}
		if found {
			return o
		}
	case *ast.Ident:
		if v, ok := r.pass.TypesInfo.ObjectOf(e).(*types.Var); ok {
			if r.parameter(v, region) {
				return fromParameter(v) // passed on from the callers
			}
			return r.definitions(v, region, func(value ast.Expr) origin {
				if call, ok := ast.Unparen(value).(*ast.CallExpr); ok && r.isAppend(call) {
					if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok && r.pass.TypesInfo.ObjectOf(id) == v {
						return appended(call)
					}
				}
				return r.sliceElements(value, region, depth+1, resolve)
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
// to (the first result of a call that returns a value or an error counts
// as the call: llm, err := openai.New()), or resolves the initializer of
// a package variable nothing changes. A variable whose address is taken,
// or that is neither, is unknown.
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
		case w.Kind == locals.Assign, w.Kind == locals.Result && w.Index == 0:
			// The first of a call's results is the value it makes
			// (returned): llm, err := openai.New(); ex, agent := newAgent(llm).
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

// onlyValue returns the one value that a local variable is given, when
// the function gives it one and nothing out of sight may change it.
func (r *resolver) onlyValue(v *types.Var, region *ast.BlockStmt) (ast.Expr, bool) {
	var values []ast.Expr
	o := r.definitions(v, region, func(value ast.Expr) origin {
		values = append(values, value)
		return knownOrigin()
	})
	if !o.known || len(values) != 1 {
		return nil, false
	}
	return values[0], true
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
		if c, key, ok := libraryFunc(r.pass.TypesInfo, e); ok {
			if c.configConstructor != (names.Name{}) && key == c.configConstructor && len(e.Args) > 0 {
				return r.config(e.Args[len(e.Args)-1], c, region, depth)
			}
			if i, ok := c.endpointArguments[key]; ok && i < len(e.Args) {
				o := knownOrigin()
				o.otherHosts = r.otherHosts(e.Args[i], region)
				return o
			}
		}
		// A function of another package that makes a model (see
		// ModelMaker).
		if fn := typeutil.StaticCallee(r.pass.TypesInfo, e); fn != nil && fn.Pkg() != r.pass.Pkg {
			var fact ModelMaker
			if r.pass.ImportObjectFact(fn, &fact) {
				return r.madeClient(&fact, fn, e)
			}
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
				return r.storedClient(v, depth)
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
			if !r.local(v, region) {
				if args, bodies, ok := r.arguments(v); ok {
					// A parameter that only this package's calls
					// give: the clients they pass.
					o := knownOrigin()
					for i, arg := range args {
						o.merge(r.client(arg, bodies[i], depth+1))
					}
					o.shared = true
					return o
				}
			}
			if v.Parent() == r.pass.Pkg.Scope() && r.packageVars[v] == nil {
				// A package variable set in functions (init, main):
				// one client for the calls of many users.
				if o := r.storedClient(v, depth); o.known {
					o.shared = true
					return o
				}
			}
			o := r.definitions(v, region, func(value ast.Expr) origin {
				return r.client(value, region, depth+1)
			})
			// Declared outside the function's body, it is a parameter
			// or a package variable: one client for the calls of
			// many users.
			o.shared = o.shared || !r.local(v, region)
			// Where not all it holds is known, what is known is some of
			// it, pointed at another provider or not: the clients
			// assigned to a variable whose address is taken
			// (c.client = &client), and those that the calls in this
			// package give an exported function's parameter.
			if !o.known {
				r.eachDefinition(v, region, func(value ast.Expr) {
					o.otherHosts = append(o.otherHosts, r.client(value, region, depth+1).otherHosts...)
				})
			}
			if args, bodies, ok := r.argumentsHere(v); ok && !r.local(v, region) {
				for i, arg := range args {
					o.otherHosts = append(o.otherHosts, r.client(arg, bodies[i], depth+1).otherHosts...)
				}
			}
			return o
		}
	}
	return unknownOrigin()
}

// constructorOptions returns the option arguments of a call to a client or
// service constructor.
func (r *resolver) constructorOptions(call *ast.CallExpr) ([]ast.Expr, bool, bool) {
	c, key, ok := libraryFunc(r.pass.TypesInfo, call)
	if !ok || !c.isConstructor(key) {
		return nil, false, false
	}
	return call.Args, call.Ellipsis.IsValid(), true
}

// valueOrErrorCall reports whether e is a call of a function that returns
// a value and an error.
func valueOrErrorCall(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	tuple, ok := info.TypeOf(call).(*types.Tuple)
	return ok && tuple.Len() == 2 && types.Identical(tuple.At(1).Type(), errorType)
}

var errorType = types.Universe.Lookup("error").Type()

// fieldMap resolves a map literal of JSON fields by name, as an option
// takes it: openai.WithExtraFields(map[string]any{"safety_identifier": id}).
func (r *resolver) fieldMap(e ast.Expr, via Via) origin {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return unknownOrigin()
	}
	o := knownOrigin()
	if !r.eachKeyed(lit, func(name string, kv *ast.KeyValueExpr) bool {
		s, _ := r.setting(via, kv.Pos(), nil, kv.Value, nil, nil)
		o.addField(name, s)
		return true
	}) {
		return unknownOrigin()
	}
	return o
}

// eachKeyed calls f with each element of a map literal and its constant
// string key. It reports false when an element has no such key, or f
// returns false.
func (r *resolver) eachKeyed(lit *ast.CompositeLit, f func(key string, kv *ast.KeyValueExpr) bool) bool {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return false
		}
		key, ok := r.constantString(kv.Key)
		if !ok || !f(key, kv) {
			return false
		}
	}
	return true
}

// config resolves the config a client or model is made from: where its
// base URL points and, where the config's fields are wire fields by their
// JSON tags (eino's ChatModelConfig), what it sets for every request.
func (r *resolver) config(e ast.Expr, c *Client, region *ast.BlockStmt, depth int) origin {
	o := knownOrigin()
	t := r.pass.TypesInfo.TypeOf(e)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if st, ok := t.Underlying().(*types.Struct); ok && len(jsonFields(st)) > 0 {
		o = r.configValue(e, ByClientOption, region, depth)
	}
	o.otherHosts = append(o.otherHosts, r.configHosts(e, c.configBaseURLField, region)...)
	return o
}

// configValue resolves the config a call option takes, whose fields are
// wire fields: a struct with JSON tags (openai-go's params), or a map
// literal of them.
func (r *resolver) configValue(e ast.Expr, via Via, region *ast.BlockStmt, depth int) origin {
	t := r.pass.TypesInfo.TypeOf(e)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		return r.fieldMap(e, via)
	case *types.Struct:
		if len(jsonFields(u)) == 0 {
			return unknownOrigin()
		}
		o := r.params(e, u, region, depth+1)
		for tag, ss := range o.fields {
			for i := range ss {
				ss[i].Via = via
			}
			o.fields[tag] = ss
		}
		o.literals = nil
		return o
	}
	return unknownOrigin()
}
