package pii

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/types/typeutil"
)

// question is the function through which the testdata asks about a value.
const question = "example.com/pii/ask.About"

// reporter asks the Classifier about the argument of every call to
// ask.About, as a check asks about an identifier it sends, and reports
// the package's hashing helpers, as a fix looks for one: the testdata
// states the answers in want comments.
var reporter = &analysis.Analyzer{
	Name:     "reporter",
	Doc:      "report what pii resolves",
	Requires: []*analysis.Analyzer{Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		c := pass.ResultOf[Analyzer].(*Classifier)
		for _, fn := range c.Digests() {
			pass.Reportf(fn.Pos(), "hashing helper %s", fn.Name())
		}
		for _, file := range pass.Files {
			ast.Inspect(file, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 1 {
					return true
				}
				if fn := typeutil.StaticCallee(pass.TypesInfo, call); fn != nil && fn.FullName() == question {
					pass.Reportf(call.Args[0].Pos(), "%s", answer(c, call.Args[0]))
				}
				return true
			})
		}
		return nil, nil
	},
}

// answer says what personal data e carries and where it enters, or
// whether a hash is on every way.
func answer(c *Classifier, e ast.Expr) string {
	origins := c.Personal(e)
	// A fix that names a variable asks by the variable: both questions
	// must have one answer.
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok {
			if byVar := c.PersonalVar(v, id.Pos()); !slices.Equal(kinds(byVar), kinds(origins)) {
				return fmt.Sprintf("Personal says %v, PersonalVar %v", kinds(origins), kinds(byVar))
			}
		}
	}
	if len(origins) > 0 {
		var parts []string
		for _, o := range origins {
			parts = append(parts, fmt.Sprintf("%s from %s", o.Kind, o.What))
		}
		return strings.Join(parts, ", ")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.expr(e, astutil.OutermostBody(c.pass.Files, e.Pos()), 0).digest {
		return "hashed"
	}
	return "no personal data"
}

func kinds(origins []Origin) []Kind {
	var ks []Kind
	for _, o := range origins {
		ks = append(ks, o.Kind)
	}
	return ks
}

// TestResolution checks what the Classifier resolves for values built in
// the ways programs build identifiers.
func TestResolution(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	analysistest.Run(t, dir, reporter, "./values")
}
