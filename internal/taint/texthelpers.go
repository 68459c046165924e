package taint

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/openaivet/openaivet/internal/astutil"
	"golang.org/x/tools/go/types/typeutil"
)

// textFrom returns the parameters whose text a function's one string
// result carries, in order, when every value it returns is built of them
// and of constants by concatenation, conversions and functions of the
// standard library, through local variables (a prompts package's
// Get(input) returning fmt.Sprintf(template, input)); ok is false for
// anything else. It reads the syntax only: a package that calls no model
// costs nothing more, and its callers carry their input through it.
func textFrom(info *types.Info, fn *types.Func, body *ast.BlockStmt) (params []int, ok bool) {
	sig := fn.Signature()
	if sig.Results().Len() != 1 || !isText(sig.Results().At(0).Type()) {
		return nil, false
	}
	index := make(map[*types.Var]int)
	for i := range sig.Params().Len() {
		index[sig.Params().At(i)] = i
	}
	// The values assigned to each local variable, and the locals whose
	// definitions are not all plain assignments.
	assigned := make(map[*types.Var][]ast.Expr)
	opaque := make(map[*types.Var]bool)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				v := localVar(info, lhs)
				switch {
				case v == nil:
				case len(n.Lhs) == len(n.Rhs) && (n.Tok == token.DEFINE || n.Tok == token.ASSIGN || n.Tok == token.ADD_ASSIGN):
					assigned[v] = append(assigned[v], n.Rhs[i])
				default:
					opaque[v] = true
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if v, ok := info.Defs[name].(*types.Var); ok && len(n.Values) == len(n.Names) {
					assigned[v] = append(assigned[v], n.Values[i])
				}
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if v := localVar(info, e); v != nil {
					opaque[v] = true
				}
			}
		case *ast.UnaryExpr:
			if v := localVar(info, n.X); v != nil && n.Op == token.AND {
				opaque[v] = true // changed through its address
			}
		}
		return true
	})
	found := make(map[int]bool)
	seen := make(map[*types.Var]bool)
	var carries func(e ast.Expr) bool
	carries = func(e ast.Expr) bool {
		if tv, ok := info.Types[e]; ok && tv.Value != nil {
			return true // a constant
		}
		switch e := ast.Unparen(e).(type) {
		case *ast.BinaryExpr:
			return e.Op == token.ADD && carries(e.X) && carries(e.Y)
		case *ast.Ident:
			v, ok := info.Uses[e].(*types.Var)
			if !ok {
				return false
			}
			if i, isParam := index[v]; isParam {
				found[i] = !isScalar(v.Type()) // a number carries no text
				return true
			}
			if opaque[v] || v.Parent() == nil || v.Parent() == types.Universe || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
				return false
			}
			if seen[v] {
				return true
			}
			seen[v] = true
			for _, value := range assigned[v] {
				if !carries(value) {
					return false
				}
			}
			return len(assigned[v]) > 0
		case *ast.CallExpr:
			if tv := info.Types[e.Fun]; tv.IsType() {
				return len(e.Args) == 1 && carries(e.Args[0]) // string(b)
			}
			callee := typeutil.StaticCallee(info, e)
			if callee == nil || callee.Pkg() == nil || !astutil.IsStandard(callee.Pkg().Path()) || callee.Signature().Recv() != nil {
				return false
			}
			for _, arg := range e.Args {
				if !carries(arg) {
					return false
				}
			}
			return true
		}
		return false
	}
	returns := 0
	everyReturn := true
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns++
			everyReturn = everyReturn && len(n.Results) == 1 && carries(n.Results[0])
		}
		return everyReturn
	})
	if returns == 0 || !everyReturn {
		return nil, false
	}
	for i := range sig.Params().Len() {
		if found[i] {
			params = append(params, i)
		}
	}
	return params, true
}

// localVar returns the local variable an expression names, or nil.
func localVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.ObjectOf(id).(*types.Var)
	if v == nil || v.IsField() || v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
		return nil
	}
	return v
}
