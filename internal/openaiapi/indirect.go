package openaiapi

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/openaivet/openaivet/internal/locals"
	"golang.org/x/tools/go/types/typeutil"
)

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
		case isFunc && sel.Kind() == types.MethodVal:
			// The method of an interface modeled on a service: its client
			// is whatever implements it.
			if m, ok := interfaceMethod(fn); ok {
				return boundMethod{fn: m}, true
			}
			return boundMethod{}, false
		case sel.Kind() == types.FieldVal:
			var stored bool
			if values, regions, stored = r.storedValues(sel.Obj().(*types.Var)); !stored {
				return boundMethod{}, false
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
	c, _, ok := ClientOf(fn.Pkg().Path())
	return ok && c.sendsRequests(receiverName(recv.Type()))
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
	c, rel, ok := relativeType(named)
	if !ok {
		return nil, false
	}
	for key := range c.endpoints {
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

// closureRequest recognizes a call of a local function literal that sends
// one of its parameters as it is (call := func(p Params) { return
// client.Chat.Completions.New(ctx, p) }; call(params)): the request is
// the call's params, sent by the library method the literal calls.
func (r *resolver) closureRequest(call *ast.CallExpr, region *ast.BlockStmt) *Request {
	lit, ok := r.localLiteral(call.Fun, region)
	if !ok {
		return nil
	}
	info := r.pass.TypesInfo
	params := slices.Collect(info.TypeOf(lit).(*types.Signature).Params().Variables())
	var sends *ast.CallExpr
	var m boundMethod
	param := -1
	ok = true
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		inner, isCall := n.(*ast.CallExpr)
		if !isCall || !ok {
			return ok
		}
		im, sending := r.sendingMethod(inner.Fun, region, 0)
		if !sending || im.expr {
			return true
		}
		index := paramsIndex(im.fn.Signature())
		if index < 0 || index >= len(inner.Args) || sends != nil {
			ok = false
			return false
		}
		if id, isIdent := ast.Unparen(inner.Args[index]).(*ast.Ident); isIdent {
			v, _ := info.Uses[id].(*types.Var)
			param = slices.Index(params, v)
		}
		sends, m = inner, im
		return true
	})
	if !ok || sends == nil || param < 0 || param >= len(call.Args) {
		return nil
	}
	// The literal sends its parameter as the caller gave it.
	if writes, escapes := locals.Writes(info, params[param], lit.Body, lit.Type); len(writes) > 0 || len(escapes) > 0 {
		return nil
	}
	sig := m.fn.Signature()
	var options []ast.Expr
	if n := sig.Params().Len(); sig.Variadic() && len(sends.Args) >= n {
		options = sends.Args[n-1:]
	}
	client := unknownOrigin()
	if m.recv != nil {
		client = r.clientOptions(m.recv, m.region)
	}
	return r.methodRequest(call, m.fn, call.Args[param], options, sends.Ellipsis.IsValid(), client, region)
}

// localLiteral returns the function literal that e, a local variable
// given no other value, holds.
func (r *resolver) localLiteral(e ast.Expr, region *ast.BlockStmt) (*ast.FuncLit, bool) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil, false
	}
	v, ok := r.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !r.local(v, region) {
		return nil, false
	}
	writes, escapes := locals.Writes(r.pass.TypesInfo, v, region, nil)
	if len(writes) != 1 || len(escapes) > 0 || writes[0].Kind != locals.Assign {
		return nil, false
	}
	lit, ok := ast.Unparen(writes[0].Value).(*ast.FuncLit)
	return lit, ok
}
