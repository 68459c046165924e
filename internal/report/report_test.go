package report_test

import (
	"go/ast"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/report"
	"github.com/openaivet/openaivet/internal/secret/fakekey"
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

// quoter reports every call of send with its argument as the source spells
// it, as a message can quote an expression or a constant.
var quoter = &analysis.Analyzer{
	Name: "promptinject",
	Doc:  "quote the arguments of send",
	Run: report.Run(func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok && len(call.Args) == 1 {
					if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "send" {
						pass.Report(analysis.Diagnostic{Pos: call.Pos(), Message: "send(" + types.ExprString(call.Args[0]) + ")"})
					}
				}
				return true
			})
		}
		return nil, nil
	}),
}

// A message that quotes the source holds no piece of a key, however the
// source spells it: whatever prints the message (golangci-lint, nogo)
// prints no key.
func TestRedactsMessages(t *testing.T) {
	key := fakekey.New("sk-proj-", 74, 7)
	cut := strings.Index(key, "T3Blbk") + 10
	dir := t.TempDir()
	src := "package p\n\nfunc send(string) {}\n\nfunc f() {\n" +
		"\tsend(\"" + key[:cut] + "\" + \"" + key[cut:] + "\") // want `^send\\(\"sk-proj-…\\[redacted: [0-9]+ characters, sha256 [0-9a-f]+\\]\" \\+ \"…\\[redacted: [0-9]+ characters, sha256 [0-9a-f]+\\]\"\\)$`\n}\n"
	for name, content := range map[string]string{"go.mod": "module example.com/p\n\ngo 1.26.0\n", "p/p.go": src} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	analysistest.Run(t, dir, quoter, "./p")
}
