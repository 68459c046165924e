package taint

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// A package that cannot reach a model builds no SSA, and so exports no
// summaries: the entity constructors of a program
// (entity.NewMessage(role, content) returning &Message{Content: content})
// would lose the input a handler passes through them. What such a function
// hands back is read from its syntax instead, where that is plain: a
// parameter returned as it is, converted, joined with text, or placed in
// a value the function builds, directly or through a variable assigned
// once. A call of anything else carries nothing, as it did before.

// exportConstructors exports the Returns of the package's functions that
// hand a parameter back plainly. Libraries required at a version are left
// out: they cost nothing.
func exportConstructors(pass *analysis.Pass) {
	if dependency(pass) {
		return
	}
	for _, f := range pass.Files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			if returns := plainReturns(pass.TypesInfo, fd, fn); len(returns) > 0 {
				sum := Summary{}
				for _, i := range returns {
					sum.Returns = append(sum.Returns, Effect{Param: i})
				}
				pass.ExportObjectFact(fn, &sum)
			}
		}
	}
}

// plainReturns returns the parameters, numbered as summaries number them
// (a method's receiver first), that fd's results hand back plainly.
func plainReturns(info *types.Info, fd *ast.FuncDecl, fn *types.Func) []int {
	sig := fn.Signature()
	params := make(map[types.Object]int)
	shift := 0
	if recv := sig.Recv(); recv != nil {
		params[recv] = 0
		shift = 1
	}
	for i := range sig.Params().Len() {
		params[sig.Params().At(i)] = i + shift
	}
	assigned := onceAssigned(info, fd.Body)
	var out []int
	var carried func(e ast.Expr, depth int)
	carried = func(e ast.Expr, depth int) {
		if depth > 4 {
			return
		}
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			obj := info.Uses[e]
			if i, ok := params[obj]; ok && !isScalar(obj.Type()) && !slices.Contains(out, i) {
				out = append(out, i)
			} else if init, ok := assigned[obj]; ok {
				carried(init, depth+1)
			}
		case *ast.UnaryExpr:
			if e.Op == token.AND {
				carried(e.X, depth)
			}
		case *ast.CompositeLit:
			for _, elt := range e.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					elt = kv.Value
				}
				carried(elt, depth)
			}
		case *ast.BinaryExpr:
			if e.Op == token.ADD {
				carried(e.X, depth)
				carried(e.Y, depth)
			}
		case *ast.CallExpr:
			if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
				carried(e.Args[0], depth) // a conversion
			}
		}
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are its own
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				carried(r, 0)
			}
		}
		return true
	})
	slices.Sort(out)
	return out
}

// onceAssigned maps the local variables of body assigned exactly once, by
// a definition or an assignment of one value, to what they are given.
func onceAssigned(info *types.Info, body *ast.BlockStmt) map[types.Object]ast.Expr {
	values := make(map[types.Object]ast.Expr)
	writes := make(map[types.Object]int)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				id, ok := ast.Unparen(lhs).(*ast.Ident)
				if !ok {
					continue
				}
				obj := info.ObjectOf(id)
				writes[obj]++
				if len(n.Lhs) == len(n.Rhs) && n.Tok != token.ADD_ASSIGN {
					values[obj] = n.Rhs[i]
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				obj := info.ObjectOf(id)
				writes[obj]++
				if len(n.Names) == len(n.Values) {
					values[obj] = n.Values[i]
				}
			}
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND {
				writes[info.ObjectOf(id)] += 2 // its address taken: written anywhere
			}
		}
		return true
	})
	for obj, n := range writes {
		if n != 1 {
			delete(values, obj)
		}
	}
	return values
}
