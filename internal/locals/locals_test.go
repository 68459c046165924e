package locals_test

import (
	"fmt"
	"go/ast"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/locals"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// dump reports, at every call use(x), the writes to x (or to the part of
// it that x selects) that reach the call, and the escapes of its
// variable: "assign@12 zero@8; &@14".
var dump = &analysis.Analyzer{
	Name: "localsdump",
	Doc:  "report the writes that reach each use(x)",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, file := range pass.Files {
			ast.Inspect(file, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 1 {
					return true
				}
				if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "use" {
					return true
				}
				v, path, ok := locals.Root(pass.TypesInfo, call.Args[0])
				if !ok {
					return true
				}
				body, typ := enclosingFunc(file, call)
				writes, escapes := locals.Writes(pass.TypesInfo, v, body, typ)
				writes = locals.Reaching(writes, body, call.Pos(), path)
				var ws, es []string
				for _, w := range writes {
					ws = append(ws, fmt.Sprintf("%s%s@%d", w.Kind, pathString(w.Path), pass.Fset.Position(w.Node.Pos()).Line))
				}
				for _, e := range escapes {
					es = append(es, fmt.Sprintf("%s@%d", []string{"&", "ptr-method", "shared"}[e.Kind], pass.Fset.Position(e.Node.Pos()).Line))
				}
				pass.Reportf(call.Pos(), "%s; %s", strings.Join(ws, " "), strings.Join(es, " "))
				return true
			})
		}
		return nil, nil
	},
}

func pathString(path []locals.Step) string {
	var b strings.Builder
	for _, s := range path {
		if s.Field != nil {
			b.WriteString("." + s.Field.Name())
		} else {
			b.WriteString("[]")
		}
	}
	return b.String()
}

// enclosingFunc returns the body and type of the outermost function
// around n.
func enclosingFunc(file *ast.File, n ast.Node) (*ast.BlockStmt, *ast.FuncType) {
	body := astutil.OutermostBody([]*ast.File{file}, n.Pos())
	for _, decl := range file.Decls {
		if fd, ok := decl.(*ast.FuncDecl); ok && fd.Body == body {
			return body, fd.Type
		}
	}
	return body, nil
}

func TestWrites(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), dump, "a")
}
