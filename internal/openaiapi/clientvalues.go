package openaiapi

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/openaivet/openaivet/internal/astutil"

	"golang.org/x/tools/go/analysis"
)

// constantPackageVars finds the unexported package-level variables that are
// set once, where they are declared, and never changed: their initializer is
// all they ever hold. An exported variable may be changed by any importer:
// withExported adds those the package itself never changes, whose
// initializer is one value they may hold.
func constantPackageVars(pass *analysis.Pass, withExported bool) map[*types.Var]ast.Expr {
	info := pass.TypesInfo
	vars := make(map[*types.Var]ast.Expr)
	for spec := range astutil.ValueSpecs(pass.Files, token.VAR) {
		if len(spec.Values) != len(spec.Names) {
			continue
		}
		for i, name := range spec.Names {
			if v, ok := info.Defs[name].(*types.Var); ok && (withExported || !v.Exported()) {
				vars[v] = spec.Values[i]
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
		if c, _, ok := ClientOf(fn.Pkg().Path()); ok && c.sendsRequests(receiverName(recv)) {
			return false
		}
	}
	return true
}

// storedClient resolves a client kept in a struct field or a package
// variable, from every value the package stores there. Only an
// unexported one of this package can be seen whole.
func (r *resolver) storedClient(v *types.Var, depth int) origin {
	if v.Exported() || v.Pkg() != r.pass.Pkg {
		return unknownOrigin()
	}
	writes, ok := r.storeWrites()[v]
	if !ok || writes == nil {
		return unknownOrigin() // never set, or its address is taken
	}
	o := knownOrigin()
	for _, w := range writes {
		o.merge(r.client(w, astutil.OutermostBody(r.pass.Files, w.Pos()), depth+1))
	}
	return o
}

// storeWrites indexes, on first use, the values the package stores in
// struct fields and in its unexported package variables (see
// indexStores).
func (r *resolver) storeWrites() map[*types.Var][]ast.Expr {
	if r.stores == nil {
		r.stores = indexStores(r.pass)
	}
	return r.stores
}

// storedValues returns the values that the package stores in an
// unexported field or package variable of its own, v, and the functions
// that store them (nil for a variable's initializer); ok is false for any
// other variable. A place whose address is taken has no values.
func (r *resolver) storedValues(v *types.Var) (values []ast.Expr, bodies []*ast.BlockStmt, ok bool) {
	if v.Exported() || v.Pkg() != r.pass.Pkg || !v.IsField() && v.Parent() != r.pass.Pkg.Scope() {
		return nil, nil, false
	}
	for _, w := range r.storeWrites()[v] {
		values = append(values, w)
		bodies = append(bodies, astutil.OutermostBody(r.pass.Files, w.Pos()))
	}
	return values, bodies, true
}

// heldValues returns the values that e may hold and the functions they
// are in, where the package sees them all: what a local variable is
// given, a package variable's or an unexported field's stored values (see
// storedValues), what this package's calls give a parameter (see
// arguments), what a helper of this package returns. ok is false for any
// other expression, or where something out of sight may set e.
func (r *resolver) heldValues(e ast.Expr, region *ast.BlockStmt) (values []ast.Expr, bodies []*ast.BlockStmt, ok bool) {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, isVar := r.pass.TypesInfo.Uses[x].(*types.Var)
		switch {
		case !isVar:
		case r.packageVars[v] != nil:
			return []ast.Expr{r.packageVars[v]}, []*ast.BlockStmt{nil}, true
		case v.Parent() == r.pass.Pkg.Scope():
			return r.storedValues(v) // set in main, or in init
		case r.local(v, region):
			o := r.definitions(v, region, func(value ast.Expr) origin {
				values, bodies = append(values, value), append(bodies, region)
				return knownOrigin()
			})
			return values, bodies, o.known
		default:
			return r.arguments(v)
		}
	case *ast.SelectorExpr:
		return r.fieldValues(x)
	case *ast.CallExpr:
		for value, body := range r.returned(x) {
			values, bodies = append(values, value), append(bodies, body)
		}
		return values, bodies, len(values) > 0
	}
	return nil, nil, false
}

// indexStores finds the values the package stores in struct fields, in
// composite literals and assignments, and in its package variables, in
// their declarations and assignments (the first result of a call that
// returns what it makes and an error counts as the call). A field or variable
// whose address is taken, or that is assigned from another tuple, maps
// to nil: anything may be in it.
func indexStores(pass *analysis.Pass) map[*types.Var][]ast.Expr {
	info := pass.TypesInfo
	writes := make(map[*types.Var][]ast.Expr)
	escaped := make(map[*types.Var]bool)
	scope := pass.Pkg.Scope()
	// place returns the field or package variable that e names.
	place := func(e ast.Expr) *types.Var {
		var id *ast.Ident
		switch e := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			id = e.Sel
		case *ast.Ident:
			id = e
		default:
			return nil
		}
		if v, ok := info.ObjectOf(id).(*types.Var); ok && (v.IsField() || v.Parent() == scope) {
			return v
		}
		return nil
	}
	for spec := range astutil.ValueSpecs(pass.Files, token.VAR) {
		for i, name := range spec.Names {
			v, _ := info.Defs[name].(*types.Var)
			switch {
			case v == nil:
			case len(spec.Values) == len(spec.Names):
				writes[v] = append(writes[v], spec.Values[i])
			case len(spec.Values) > 0:
				escaped[v] = true // var a, b = f()
			}
		}
	}
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if f := place(n.Key); f != nil && f.IsField() {
					writes[f] = append(writes[f], n.Value)
				}
			case *ast.AssignStmt:
				if n.Tok == token.DEFINE {
					break // declares locals
				}
				for i, lhs := range n.Lhs {
					v := place(lhs)
					if _, isSel := ast.Unparen(lhs).(*ast.SelectorExpr); v == nil || isSel != v.IsField() {
						continue
					}
					switch {
					case len(n.Lhs) == len(n.Rhs):
						writes[v] = append(writes[v], n.Rhs[i])
					case i == 0 && madeWithError(info, n):
						writes[v] = append(writes[v], n.Rhs[0]) // s.model, err = openai.NewChatModel(...)
					default:
						escaped[v] = true
					}
				}
			case *ast.RangeStmt:
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if v := place(e); v != nil && n.Tok == token.ASSIGN {
						escaped[v] = true
					}
				}
			case *ast.UnaryExpr:
				if v := place(n.X); v != nil && n.Op == token.AND {
					escaped[v] = true
				}
			}
			return true
		})
	}
	for v := range escaped {
		writes[v] = nil
	}
	return writes
}

// madeWithError reports whether an assignment gives its variables the
// results of a call that returns what it makes first and an error last
// (model, err := newModel(); model, template, err := newChat()).
func madeWithError(info *types.Info, assign *ast.AssignStmt) bool {
	if len(assign.Lhs) < 2 || len(assign.Rhs) != 1 {
		return false
	}
	call, ok := ast.Unparen(assign.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return false
	}
	tuple, ok := info.TypeOf(call).(*types.Tuple)
	return ok && tuple.Len() == len(assign.Lhs) && types.Identical(tuple.At(tuple.Len()-1).Type(), errorType)
}
