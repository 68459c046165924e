package openaiapi

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"
)

// ModelParam is the fact that an exported function prompts, through a
// client's model, the model its callers give as its parameters Params
// (kept in a field of what it makes, or used in place), or an instance
// whose default model its calls use (a *genkit.Genkit): a call of it in
// another package with an OpenAI model, or an instance made with an
// OpenAI default, is where its requests through the model are checked
// (Result.Wirings).
//
// To, when set, names the function of the package that the function passes
// the model on to (return NewServiceWithTemplate(m, defaultTemplate)),
// which prompts it: the requests, and what is found on them, are that
// function's.
type ModelParam struct {
	Client string
	Params []int
	To     string
}

func (*ModelParam) AFact() {}

func (m *ModelParam) String() string {
	if m.To != "" {
		return "modelParam(" + m.Client + " to " + m.To + ")"
	}
	return "modelParam(" + m.Client + ")"
}

// givenFields are the wire fields whose settings the checks read of a
// request through a given model: a wiring's model must set none of them,
// since the requests were checked without it.
var givenFields = slices.Concat(OutputBoundFields, []string{FieldSafetyIdentifier, FieldUser})

// bare reports whether a model's client options are known, set none of
// givenFields nor a header, and point it at no other provider: a request
// through the model carries only its own settings of those.
func (o origin) bare() bool {
	return o.complete() && len(o.otherHosts) == 0 && len(o.headers) == 0 &&
		!slices.ContainsFunc(givenFields, func(tag string) bool { return len(o.fields[tag]) > 0 })
}

// givenModel returns the exported function of this package, other than
// main, whose callers give the model expression: its parameter, used in
// place or kept in an unexported field that only it fills, and the
// parameter's index.
func (r *resolver) givenModel(model ast.Expr, region *ast.BlockStmt) (*types.Func, int, bool) {
	if r.pass.Pkg.Name() == "main" {
		return nil, 0, false
	}
	var values []ast.Expr
	var bodies []*ast.BlockStmt
	switch e := ast.Unparen(model).(type) {
	case *ast.Ident:
		values, bodies = []ast.Expr{e}, []*ast.BlockStmt{region}
	case *ast.SelectorExpr:
		var ok bool
		if values, bodies, ok = r.fieldValues(e); !ok {
			return nil, 0, false
		}
	}
	var fn *types.Func
	index := -1
	for i, value := range values {
		id, ok := ast.Unparen(value).(*ast.Ident)
		if !ok {
			return nil, 0, false
		}
		v, ok := r.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok {
			return nil, 0, false
		}
		f := r.funcOf(bodies[i])
		if f == nil || !f.Exported() || fn != nil && f != fn {
			return nil, 0, false
		}
		params := f.Signature().Params()
		at := -1
		for j := range params.Len() {
			if params.At(j) == v {
				at = j
			}
		}
		if at < 0 || index >= 0 && at != index || f.Signature().Variadic() && at == params.Len()-1 {
			return nil, 0, false
		}
		fn, index = f, at
	}
	return fn, index, fn != nil
}

// funcOf returns the function declared with body, or nil.
func (r *resolver) funcOf(body *ast.BlockStmt) *types.Func {
	if body == nil {
		return nil
	}
	for fn, decl := range r.decls {
		if decl.Body == body {
			return fn
		}
	}
	return nil
}

// exportGiven records that fn's parameter index is a model of c that its
// callers give, and so for the exported functions of the package that
// pass a parameter of theirs on to it: their callers give it too.
func (r *resolver) exportGiven(c *Client, fn *types.Func, index int) {
	r.exportModelParam(c, fn, index, "", 0)
}

func (r *resolver) exportModelParam(c *Client, fn *types.Func, index int, to string, depth int) {
	var fact ModelParam
	if r.pass.ImportObjectFact(fn, &fact) && (slices.Contains(fact.Params, index) || fact.To != to) {
		return
	}
	fact.Client, fact.To = c.Name, to
	fact.Params = append(fact.Params, index)
	slices.Sort(fact.Params)
	r.pass.ExportObjectFact(fn, &fact)
	if depth >= maxDepth {
		return
	}
	if to == "" {
		to = fn.Name()
	}
	sites := r.indexCallSites()
	for _, call := range sites.calls[fn] {
		if index >= len(call.Args) {
			continue
		}
		id, ok := ast.Unparen(call.Args[index]).(*ast.Ident)
		if !ok {
			continue
		}
		v, _ := r.pass.TypesInfo.Uses[id].(*types.Var)
		at, isParam := sites.params[v]
		if !isParam || !at.fn.Exported() || at.fn.Signature().Variadic() && at.index == at.fn.Signature().Params().Len()-1 {
			continue
		}
		r.exportModelParam(c, at.fn, at.index, to, depth+1)
	}
}

// wiring recognizes a call of a function of another package that gives
// its model parameters OpenAI models (see ModelParam) made with client
// options that set none of the givenFields, nor point the model at
// another provider.
func (r *resolver) wiring(call *ast.CallExpr, region *ast.BlockStmt) (Wiring, bool) {
	fn := typeutil.StaticCallee(r.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == r.pass.Pkg || call.Ellipsis.IsValid() {
		return Wiring{}, false
	}
	var fact ModelParam
	if !r.pass.ImportObjectFact(fn, &fact) {
		return Wiring{}, false
	}
	c := clientNamed(fact.Client)
	for _, index := range fact.Params {
		if c == nil || index >= len(call.Args) {
			return Wiring{}, false
		}
		model := call.Args[index]
		switch {
		case r.openAIModel(c, model, region, 0):
			if !r.client(model, region, 0).bare() {
				return Wiring{}, false
			}
		case r.defaultModel(c, model, region, 0):
			// An instance whose default model is OpenAI's: its
			// plugin's client options are not read, as for a call
			// given it in place.
		default:
			return Wiring{}, false
		}
	}
	if fact.To != "" {
		// The function passes the model on to another of its package.
		fn, _ = fn.Pkg().Scope().Lookup(fact.To).(*types.Func)
		if fn == nil {
			return Wiring{}, false
		}
	}
	return Wiring{Call: call, Func: fn}, true
}

// clientNamed returns the adapter of the client of that name, or nil.
func clientNamed(name string) *Client {
	for _, c := range clients {
		if c.Name == name {
			return c
		}
	}
	return nil
}
