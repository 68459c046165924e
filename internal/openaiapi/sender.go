package openaiapi

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/openaivet/openaivet/internal/astutil"
	"golang.org/x/tools/go/types/typeutil"
)

// sentParams is what a sender sends: the params its parameter number param
// carries, to endpoint, with what the sender sets itself.
type sentParams struct {
	param int
	// options is the variadic parameter whose options the sender passes
	// on, or -1.
	options    int
	method     *types.Func // the library method, when this package sees it
	endpoint   Endpoint
	identified bool
	// set holds the fields the sender sets, in the params or its options;
	// client the headers it sets, in its options or its client, and what
	// its client is.
	set, client origin
}

// sender reads a function of this package that sends the params it is
// given: a request in its body sends one of its parameters, possibly after
// setting fields of it. It returns nil when no request does; when requests
// send more than one of its parameters, or pass on its options in more
// than one way; or when options it does not pass on come from where the
// analysis cannot see.
func (r *resolver) sender(fn *types.Func) *sentParams {
	if s, done := r.senders[fn]; done {
		return s
	}
	r.senders[fn] = nil // recursion sends nothing more
	decl, ok := r.decls[fn]
	if !ok {
		return nil
	}
	params := slices.Collect(fn.Signature().Params().Variables())
	var s *sentParams
	ok = true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		call, isCall := n.(*ast.CallExpr)
		if !isCall || !ok {
			return ok
		}
		req := r.request(call, decl.Body)
		if req == nil || len(req.body.params) == 0 {
			return true
		}
		param := slices.Index(params, req.body.params[0])
		options := -1
		if len(req.options.params) > 0 {
			options = slices.Index(params, req.options.params[0])
		}
		switch {
		case len(req.body.params) > 1, len(req.options.params) > 1, param < 0,
			!req.options.known,
			s != nil && (s.param != param || s.options != options):
			ok = false
			return false
		case s == nil:
			s = &sentParams{param: param, options: options, method: req.Method, endpoint: req.Endpoint, identified: req.identified,
				set: knownOrigin(), client: knownOrigin()}
		}
		s.set.fields = mergeSettings(s.set.fields, req.body.fields, req.options.fields, req.client.fields)
		s.client.headers = mergeSettings(s.client.headers, req.options.headers, req.client.headers)
		return true
	})
	if !ok || s == nil {
		return nil
	}
	r.senders[fn] = s
	return s
}

// mergeSettings adds the settings of each map to into, by key, as set by
// a sender: the key a sender names a field with is not its callers' to
// edit.
func mergeSettings(into map[string][]Setting, from ...map[string][]Setting) map[string][]Setting {
	for _, m := range from {
		for key, ss := range m {
			if into == nil {
				into = make(map[string][]Setting)
			}
			for _, s := range ss {
				s.Via, s.Key = BySender, nil
				into[key] = append(into[key], s)
			}
		}
	}
	return into
}

// senderFact summarizes a sender for other packages.
func (r *resolver) senderFact(fn *types.Func, s *sentParams) *ParamsSender {
	fact := &ParamsSender{
		Param:        s.param,
		Options:      s.options,
		Endpoint:     s.endpoint,
		Identified:   s.identified,
		Fields:       r.builtFields(s.set.fields, fn),
		Headers:      r.builtFields(s.client.headers, fn),
		HeadersKnown: s.client.known,
		Shared:       s.client.shared,
	}
	if len(s.client.otherHosts) > 0 {
		fact.OtherHost = s.client.otherHosts[0]
	}
	return fact
}

// importedSender is what a sender of another package sends, by its fact.
func importedSender(fact *ParamsSender) *sentParams {
	s := &sentParams{
		param:      fact.Param,
		options:    fact.Options,
		endpoint:   fact.Endpoint,
		identified: fact.Identified,
		set:        origin{known: true, fields: importedSettings(BySender, fact.Fields)},
		client:     origin{known: fact.HeadersKnown, headers: importedSettings(BySender, fact.Headers), shared: fact.Shared},
	}
	if fact.OtherHost != "" {
		s.client.otherHosts = []string{fact.OtherHost}
	}
	return s
}

// paramsArgument returns the argument that carries the params of a call
// that sends a request (of the library, or of a sender), without resolving
// what they hold.
func (r *resolver) paramsArgument(call *ast.CallExpr) (ast.Expr, bool) {
	args := callArgs(r.pass.TypesInfo, call)
	fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil, false
	}
	index := -1
	if sendsRequest(fn) {
		index = paramsIndex(fn.Signature())
	} else if IsClientPackage(fn.Pkg().Path()) {
		return nil, false
	} else if fn.Pkg() == r.pass.Pkg {
		if s := r.sender(fn); s != nil {
			index = s.param
		}
	} else {
		var fact ParamsSender
		if r.pass.ImportObjectFact(fn, &fact) {
			index = fact.Param
		}
	}
	if index < 0 || index >= len(args) {
		return nil, false
	}
	return args[index], true
}

// paramsIndex returns the index of the first parameter of params type, or -1.
func paramsIndex(sig *types.Signature) int {
	for i := range sig.Params().Len() {
		if _, _, ok := paramsStruct(sig.Params().At(i).Type()); ok {
			return i
		}
	}
	return -1
}

// pointerEscapes reports whether a pointer to params may be copied
// somewhere the resolver does not follow: it is used otherwise than to
// read or set a field, to be dereferenced, assigned, or sent as the params
// of a request. Through a copy, anything may change what it points to.
func (r *resolver) pointerEscapes(v *types.Var, region *ast.BlockStmt) bool {
	info := r.pass.TypesInfo
	allowed := make(map[*ast.Ident]bool)
	allow := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			allowed[id] = true
		}
	}
	escapes := false
	ast.Inspect(region, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if s, ok := info.Selections[n]; ok && s.Kind() == types.FieldVal {
				allow(n.X)
			}
		case *ast.StarExpr:
			allow(n.X)
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				allow(lhs)
			}
		case *ast.CallExpr:
			if arg, ok := r.paramsArgument(n); ok {
				allow(arg)
			}
		case *ast.Ident:
			if info.Uses[n] == v && !allowed[n] {
				escapes = true
			}
		}
		return !escapes
	})
	return escapes
}

// boundMethod is a library method that sends requests, as an expression
// names it.
type boundMethod struct {
	fn *types.Func
	// recv is the receiver a method value is bound to, found in region;
	// nil when the value is stored in more than one place, bound to none
	// of them in particular.
	recv   ast.Expr
	region *ast.BlockStmt
	// expr holds for a method expression, whose receiver is its first
	// argument.
	expr bool
}

// sendingMethod resolves an expression that names a request method of a
// library: client.Chat.Completions.New, (*openai.ChatCompletionService).New,
// or a variable or unexported field that only ever holds one such method
// value.
func (r *resolver) sendingMethod(e ast.Expr, region *ast.BlockStmt, depth int) (boundMethod, bool) {
	info := r.pass.TypesInfo
	if depth > maxDepth {
		return boundMethod{}, false
	}
	var values []ast.Expr
	var regions []*ast.BlockStmt
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		sel, ok := info.Selections[e]
		if !ok {
			return boundMethod{}, false
		}
		fn, isFunc := sel.Obj().(*types.Func)
		switch {
		case isFunc && sendsRequest(fn) && sel.Kind() == types.MethodVal:
			return boundMethod{fn: fn, recv: e.X, region: region}, true
		case isFunc && sendsRequest(fn) && sel.Kind() == types.MethodExpr:
			return boundMethod{fn: fn, expr: true}, true
		case sel.Kind() == types.FieldVal:
			f := sel.Obj().(*types.Var)
			if f.Exported() || f.Pkg() != r.pass.Pkg {
				return boundMethod{}, false
			}
			if r.fieldWrites == nil {
				r.fieldWrites = indexFieldWrites(r.pass)
			}
			for _, w := range r.fieldWrites[f] {
				values = append(values, w)
				regions = append(regions, astutil.OutermostBody(r.pass.Files, w.Pos()))
			}
		}
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		switch {
		case !ok:
		case r.packageVars[v] != nil:
			values, regions = []ast.Expr{r.packageVars[v]}, []*ast.BlockStmt{nil}
		case r.local(v, region):
			r.eachDefinition(v, region, func(value ast.Expr) {
				values = append(values, value)
				regions = append(regions, region)
			})
		}
	}
	var m boundMethod
	for i, value := range values {
		vm, ok := r.sendingMethod(value, regions[i], depth+1)
		if !ok || m.fn != nil && (m.fn != vm.fn || m.expr != vm.expr) {
			return boundMethod{}, false
		}
		m = vm
	}
	if len(values) > 1 {
		m.recv = nil
	}
	return m, m.fn != nil
}

// sendsRequest reports whether fn is a method of a library that sends
// requests.
func sendsRequest(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if fn.Pkg() == nil || recv == nil {
		return false
	}
	lib, _, ok := LibraryOf(fn.Pkg().Path())
	return ok && sendsRequests(lib, receiverName(recv.Type()))
}

// interfaceMethod returns the library request method that an interface's
// method is modeled on: one of the same name and signature, of a service
// whose package declares the params type. A program that holds its client
// behind such an interface (to test with a stand-in) sends a request
// through each call.
func interfaceMethod(fn *types.Func) (*types.Func, bool) {
	recv := fn.Signature().Recv()
	if recv == nil || !types.IsInterface(recv.Type()) {
		return nil, false
	}
	index := paramsIndex(fn.Signature())
	if index < 0 {
		return nil, false
	}
	named, _, _ := paramsStruct(fn.Signature().Params().At(index).Type())
	pkg := named.Obj().Pkg()
	lib, _, _ := LibraryOf(pkg.Path())
	rel, ok := relativeType(named)
	if !ok {
		return nil, false
	}
	for key := range endpoints[lib] {
		if key.Member != fn.Name() || key.Pkg != rel.Pkg {
			continue
		}
		service, ok := pkg.Scope().Lookup(key.Type).(*types.TypeName)
		if !ok {
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(service.Type()), false, pkg, key.Member)
		if m, ok := obj.(*types.Func); ok && types.Identical(m.Signature(), fn.Signature()) {
			return m, true
		}
	}
	return nil, false
}

// interfaceRequest recognizes a call of an interface method modeled on a
// library request method (see interfaceMethod). What the client behind the
// interface sets is not known.
func (r *resolver) interfaceRequest(call *ast.CallExpr, region *ast.BlockStmt) *Request {
	fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return nil
	}
	m, ok := interfaceMethod(fn)
	if !ok {
		return nil
	}
	sig := m.Signature()
	index := paramsIndex(sig)
	if index >= len(call.Args) {
		return nil
	}
	var options []ast.Expr
	if n := sig.Params().Len(); sig.Variadic() && len(call.Args) >= n {
		options = call.Args[n-1:]
	}
	return r.methodRequest(call, m, call.Args[index], options, call.Ellipsis.IsValid(), unknownOrigin(), region)
}

// caller reads a function of this package that calls its parameter of
// function type with another of its parameters, and uses that other
// parameter for nothing else: a retry helper. It returns nil for any
// other function.
func (r *resolver) caller(fn *types.Func) *ParamsCaller {
	if c, done := r.callers[fn]; done {
		return c
	}
	r.callers[fn] = nil
	decl, ok := r.decls[fn]
	if !ok {
		return nil
	}
	info := r.pass.TypesInfo
	params := slices.Collect(fn.Signature().Params().Variables())
	param := func(e ast.Expr) int {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return -1
		}
		v, _ := info.Uses[id].(*types.Var)
		return slices.Index(params, v)
	}
	var c *ParamsCaller
	passed := make(map[*ast.Ident]bool)
	ok = true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		call, isCall := n.(*ast.CallExpr)
		if !isCall || !ok {
			return ok
		}
		f := param(call.Fun)
		if f < 0 {
			return true
		}
		if _, isFunc := params[f].Type().Underlying().(*types.Signature); !isFunc {
			return true
		}
		for at, arg := range call.Args {
			p := param(arg)
			if p < 0 || p == f || !mayBeParams(params[p].Type()) {
				continue
			}
			next := &ParamsCaller{Func: f, Param: p, At: at}
			if c != nil && *c != *next || at != len(call.Args)-1 || call.Ellipsis.IsValid() {
				ok = false // options passed on, or two ways to call
				return false
			}
			c = next
			passed[ast.Unparen(arg).(*ast.Ident)] = true
		}
		return true
	})
	if !ok || c == nil {
		return nil
	}
	// Used otherwise, the params might be changed before they are sent.
	for id, obj := range info.Uses {
		if obj == params[c.Param] && !passed[id] {
			return nil
		}
	}
	r.callers[fn] = c
	return c
}

// mayBeParams reports whether a value of type t may be request params: t
// is a params type, or a type parameter.
func mayBeParams(t types.Type) bool {
	_, typeParam := t.(*types.TypeParam)
	_, _, params := paramsStruct(t)
	return typeParam || params
}

// helperRequest recognizes a call of a helper that calls a request method
// it is given with params it is given (see ParamsCaller):
// retry(ctx, client.Chat.Completions.New, params).
func (r *resolver) helperRequest(call *ast.CallExpr, region *ast.BlockStmt) *Request {
	fn := typeutil.StaticCallee(r.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	fn = fn.Origin()
	var c *ParamsCaller
	if fn.Pkg() == r.pass.Pkg {
		c = r.caller(fn)
	} else if fact := new(ParamsCaller); r.pass.ImportObjectFact(fn, fact) {
		c = fact
	}
	if c == nil || c.Func >= len(call.Args) || c.Param >= len(call.Args) {
		return nil
	}
	m, ok := r.sendingMethod(call.Args[c.Func], region, 0)
	if !ok || m.expr || paramsIndex(m.fn.Signature()) != c.At {
		return nil
	}
	client := unknownOrigin()
	if m.recv != nil {
		client = r.clientOptions(m.recv, m.region)
	}
	return r.methodRequest(call, m.fn, call.Args[c.Param], nil, false, client, region)
}
