package openaiapi

import (
	"go/ast"
	"go/types"

	"github.com/openaivet/openaivet/internal/astutil"
	"golang.org/x/tools/go/types/typeutil"
)

// A paramOf is where a parameter is: its function, and its index.
type paramOf struct {
	fn    *types.Func
	index int
}

// callSites indexes, for each package-level function declared in this
// package, its calls in the package; a function named anywhere but as the
// callee of a call (kept as a value, passed on) has no entry, since it
// may be called from where the index cannot see.
type callSites struct {
	calls  map[*types.Func][]*ast.CallExpr
	params map[*types.Var]paramOf
}

func (r *resolver) indexCallSites() *callSites {
	if r.calls != nil {
		return r.calls
	}
	info := r.pass.TypesInfo
	sites := &callSites{calls: make(map[*types.Func][]*ast.CallExpr), params: make(map[*types.Var]paramOf)}
	for fn := range r.decls {
		if fn.Signature().Recv() != nil {
			continue
		}
		sites.calls[fn] = nil
		params := fn.Signature().Params()
		for i := range params.Len() {
			sites.params[params.At(i)] = paramOf{fn, i}
		}
	}
	callees := make(map[*ast.Ident]bool)
	for _, file := range r.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn := typeutil.StaticCallee(info, call)
			if _, declared := sites.calls[fn]; declared {
				sites.calls[fn] = append(sites.calls[fn], call)
				switch f := ast.Unparen(call.Fun).(type) {
				case *ast.Ident:
					callees[f] = true
				case *ast.IndexExpr: // a generic function's instance
					if id, ok := ast.Unparen(f.X).(*ast.Ident); ok {
						callees[id] = true
					}
				case *ast.IndexListExpr: // one of several type arguments
					if id, ok := ast.Unparen(f.X).(*ast.Ident); ok {
						callees[id] = true
					}
				}
			}
			return true
		})
	}
	for id, obj := range info.Uses {
		if fn, ok := obj.(*types.Func); ok && !callees[id] {
			delete(sites.calls, fn)
		}
	}
	r.calls = sites
	return sites
}

// arguments returns the values that the calls of a function give its
// parameter v, and the functions those calls are in, where every caller
// is in this package: v is a parameter of a package-level function of
// this package, not variadic, that is unexported (or in package main,
// which nothing imports) and called, and used nowhere but as a callee.
func (r *resolver) arguments(v *types.Var) (args []ast.Expr, bodies []*ast.BlockStmt, ok bool) {
	at, isParam := r.indexCallSites().params[v]
	if !isParam || at.fn.Exported() && r.pass.Pkg.Name() != "main" {
		return nil, nil, false
	}
	args, bodies, ok = r.argumentsHere(v)
	return args, bodies, ok && len(args) > 0
}

// argumentsHere returns the values that the calls in this package of a
// package-level function of it give its parameter v, not variadic, and
// the functions those calls are in: all that v may hold where nothing
// outside the package calls the function (see arguments), some of it
// otherwise. The function is used nowhere but as a callee.
func (r *resolver) argumentsHere(v *types.Var) (args []ast.Expr, bodies []*ast.BlockStmt, ok bool) {
	sites := r.indexCallSites()
	at, isParam := sites.params[v]
	if !isParam {
		return nil, nil, false
	}
	calls, called := sites.calls[at.fn]
	if sig := at.fn.Signature(); !called || sig.Variadic() && at.index == sig.Params().Len()-1 {
		return nil, nil, false
	}
	for _, call := range calls {
		if call.Ellipsis.IsValid() || at.index >= len(call.Args) {
			return nil, nil, false
		}
		args = append(args, call.Args[at.index])
		bodies = append(bodies, astutil.OutermostBody(r.pass.Files, call.Pos()))
	}
	return args, bodies, true
}
