package report_test

import (
	"go/ast"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// reporter returns an analyzer named after a check that reports every call
// of a function named send, wrapped the way every check is.
func reporter(check string) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: check,
		Doc:  "report calls of send",
		Run: report.Run(func(pass *analysis.Pass) (any, error) {
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok {
						if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "send" {
							pass.Report(analysis.Diagnostic{
								Pos:     call.Pos(),
								Message: "send called",
								SuggestedFixes: []analysis.SuggestedFix{{
									Message:   "Drop the call",
									TextEdits: []analysis.TextEdit{{Pos: call.Pos(), End: call.End()}},
								}},
							})
						}
					}
					return true
				})
			}
			return nil, nil
		}),
	}
}

func TestDirectivesAndConfig(t *testing.T) {
	dir := analysistest.TestData()
	analysistest.Run(t, dir, reporter("safetyid"), "./directives", "./excluded/...", "./disabled", "./generated")
}

// Directives that name no known check are reported by the first check
// alone, so that each is reported once: the safetyid run above stays
// silent about the same directives in ./directives.
func TestUnknownChecks(t *testing.T) {
	dir := analysistest.TestData()
	analysistest.Run(t, dir, reporter("apikey"), "./unknown")
}

// cmd/cgo marks as generated the copy of a file that imports "C" that the
// checks see; the findings in it are reported all the same, unless the
// file says it is generated itself. The test needs cgo (a C compiler).
func TestCgo(t *testing.T) {
	if out, err := exec.Command("go", "env", "CGO_ENABLED").Output(); err != nil || strings.TrimSpace(string(out)) != "1" {
		t.Fatalf("cgo is off (go env CGO_ENABLED: %q, %v): the test needs a C compiler, e.g. `apt-get install gcc`", out, err)
	}
	results := analysistest.Run(t, analysistest.TestData(), reporter("safetyid"), "./cgo")
	// A fix's offsets would be those of cmd/cgo's copy: a file that
	// imports "C" gets none.
	var fixable []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 0 {
				fixable = append(fixable, filepath.Base(r.Pass.Fset.Position(d.Pos).Filename))
			}
		}
	}
	if !slices.Equal(fixable, []string{"plain.go"}) {
		t.Errorf("findings with fixes in %v, want in plain.go alone", fixable)
	}
}
