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
					if v, ok := info.Defs[name].(*types.Var); ok && (withExported || !v.Exported()) {
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
		if c, _, ok := ClientOf(fn.Pkg().Path()); ok && c.sendsRequests(receiverName(recv)) {
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
// in composite literals and assignments (the first result of a call that
// returns a value and an error counts as the call). A field whose address
// is taken, or that is assigned from another tuple, maps to nil: anything
// may be in it.
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
						switch {
						case len(n.Lhs) == len(n.Rhs):
							writes[f] = append(writes[f], n.Rhs[i])
						case i == 0 && valueOrError(info, n):
							writes[f] = append(writes[f], n.Rhs[0]) // s.model, err = openai.NewChatModel(...)
						default:
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

// valueOrError reports whether an assignment gives two variables the
// value and the error a call returns.
func valueOrError(info *types.Info, assign *ast.AssignStmt) bool {
	return len(assign.Lhs) == 2 && len(assign.Rhs) == 1 && valueOrErrorCall(info, assign.Rhs[0])
}
