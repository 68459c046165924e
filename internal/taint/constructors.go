package taint

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/locals"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// A package that cannot reach a model builds no SSA, and so exports no
// summaries: the entity constructors of a program
// (entity.NewMessage(role, content) returning &Message{Content: content})
// would lose the input a handler passes through them. What such a function
// hands back is read from its syntax instead, where that is plain: a
// parameter returned as it is, converted, joined with text, formatted
// into text by the standard library (a prompts package's
// fmt.Sprintf(template, input)), or placed in a value the function
// builds, directly or through the values a variable is assigned
// (internal/locals). A call of anything else carries nothing, as it did
// before.

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
	var out []int
	var carried func(e ast.Expr, depth int)
	carried = func(e ast.Expr, depth int) {
		if depth > 4 {
			return
		}
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			obj := info.Uses[e]
			if i, ok := params[obj]; ok {
				if !isScalar(obj.Type()) && !slices.Contains(out, i) {
					out = append(out, i)
				}
			} else if v, ok := obj.(*types.Var); ok && v.Parent() != nil && v.Parent() != v.Pkg().Scope() {
				for _, value := range assigned(info, v, fd) {
					carried(value, depth+1)
				}
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
			} else if fn := typeutil.StaticCallee(info, e); fn != nil && fn.Pkg() != nil && astutil.IsStandard(fn.Pkg().Path()) &&
				fn.Signature().Recv() == nil && isText(info.TypeOf(e)) {
				for _, arg := range e.Args {
					carried(arg, depth) // fmt.Sprintf(template, input)
				}
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

// assigned returns the values a local variable of fd is given, whole or
// added to (text += name), when its address is never taken.
func assigned(info *types.Info, v *types.Var, fd *ast.FuncDecl) []ast.Expr {
	writes, escapes := locals.Writes(info, v, fd.Body, fd.Type)
	for _, esc := range escapes {
		if esc.Kind == locals.AddressTaken {
			return nil
		}
	}
	var values []ast.Expr
	for _, w := range writes {
		if w.Whole() && (w.Kind == locals.Assign || w.Kind == locals.Update) && w.Value != nil {
			values = append(values, w.Value)
		}
	}
	return values
}
