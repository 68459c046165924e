package openaiapi_test

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/analyzers/inputlimit"
	"github.com/openaivet/openaivet/analyzers/moderation"
	"github.com/openaivet/openaivet/analyzers/promptinject"
	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestIndirectRequestsReportedOnce runs the checks that follow user input
// over requests made through the program's structure: a call of a function
// that sends the params it is given is a request of openaiapi's and a call
// into a wrapper for the dataflow engine, and must be reported once, not
// once for each; a call through an interface, a method value or a retry
// helper is a request the engine sees only through openaiapi. The comment
// after a call lists the checks that report it.
func TestIndirectRequestsReportedOnce(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	for _, a := range []*analysis.Analyzer{moderation.Analyzer, inputlimit.Analyzer, promptinject.Analyzer} {
		// The package has no want comments: the diagnostics are
		// counted here, not matched.
		results := analysistest.Run(ignoreWants{}, dir, a, "./flows")
		got, want := map[string]int{}, map[string]int{}
		for _, res := range results {
			fset := res.Pass.Fset
			for _, d := range res.Diagnostics {
				got[position(fset, d.Pos)]++
			}
			for _, file := range res.Pass.Files {
				for _, group := range file.Comments {
					for _, c := range group.List {
						if checks, ok := strings.CutPrefix(c.Text, "// reports: "); ok && slices.Contains(strings.Fields(checks), a.Name) {
							want[callOnLine(fset, file, c.Pos())]++
						}
					}
				}
			}
		}
		if len(want) == 0 {
			t.Fatalf("%s: no call is expected to be reported", a.Name)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s reports %v, want %v", a.Name, got, want)
		}
	}
}

// ignoreWants lets analysistest run a package with no want comments.
type ignoreWants struct{}

func (ignoreWants) Errorf(string, ...any) {}

func position(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%d:%d", p.Line, p.Column)
}

// callOnLine returns the position of the outermost call on the line of pos.
func callOnLine(fset *token.FileSet, file *ast.File, pos token.Pos) string {
	line := fset.Position(pos).Line
	found := ""
	ast.Inspect(file, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && found == "" && fset.Position(call.Pos()).Line == line {
			found = position(fset, call.Pos())
		}
		return found == ""
	})
	return found
}
