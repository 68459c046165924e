package analyzers_test

import (
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/analyzers"
	"github.com/openaivet/openaivet/internal/checkdoc"
	"github.com/openaivet/openaivet/internal/config"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// The names are fixed: analyzer names, SARIF rule IDs, -checks names,
// //lint:ignore names and docs page names all use them.
func TestNames(t *testing.T) {
	var names []string
	for _, a := range analyzers.All() {
		names = append(names, a.Analyzer.Name)
	}
	if got, want := strings.Join(names, " "), "apikey inputlimit maxtokens moderation outputsink promptinject safetyid unhashedid"; got != want {
		t.Errorf("checks = %s, want %s", got, want)
	}
	if got := strings.Join(config.Checks, " "); got != strings.Join(names, " ") {
		t.Errorf("config.Checks = %s, want %s", got, strings.Join(names, " "))
	}
	if err := analysis.Validate(analyzers.Analyzers()); err != nil {
		t.Fatal(err)
	}
}

func TestDocumentation(t *testing.T) {
	for _, a := range append(analyzers.All(), analyzers.Directive()) {
		doc := a.Doc.Compile()
		if doc.Title == "" || doc.Text == "" || doc.Before == "" || doc.After == "" {
			t.Errorf("%s: documentation lacks a title, text, or before and after", a.Analyzer.Name)
		}
		if a.Analyzer.URL != checkdoc.URL(a.Analyzer.Name) {
			t.Errorf("%s: URL %q does not point at its page", a.Analyzer.Name, a.Analyzer.URL)
		}
		if !strings.HasPrefix(a.Analyzer.Doc, doc.Title+"\n\n") {
			t.Errorf("%s: Analyzer.Doc does not start with the title", a.Analyzer.Name)
		}
	}
}

// TestDocsUpToDate fails when docs/checks is stale: run `make docs`.
func TestDocsUpToDate(t *testing.T) {
	for _, a := range append(analyzers.All(), analyzers.Directive()) {
		path := filepath.Join("..", "docs", "checks", a.Analyzer.Name+".md")
		got, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%v: run `make docs`", err)
			continue
		}
		if string(got) != checkdoc.Markdown(a, analyzers.Examples(a.Analyzer.Name)) {
			t.Errorf("%s is stale: run `make docs`", path)
		}
	}
}

// TestClientsPageUpToDate fails when docs/clients.md is stale: run `make docs`.
func TestClientsPageUpToDate(t *testing.T) {
	path := filepath.Join("..", "docs", "clients.md")
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v: run `make docs`", err)
	}
	if string(got) != checkdoc.ClientsMarkdown() {
		t.Errorf("%s is stale: run `make docs`", path)
	}
}

// Bazel's nogo, like the go vet convention, takes each check as a package
// that exports one Analyzer variable; docs/bazel.md names these packages.
func TestEachCheckIsANogoPackage(t *testing.T) {
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	exported := map[string]bool{}
	for _, p := range pkgs {
		v, ok := p.Types.Scope().Lookup("Analyzer").(*types.Var)
		if ok && v.Exported() && types.TypeString(v.Type(), nil) == "*golang.org/x/tools/go/analysis.Analyzer" {
			exported[p.PkgPath] = true
		}
	}
	for _, a := range append(analyzers.All(), analyzers.Directive()) {
		if path := "github.com/openaivet/openaivet/analyzers/" + a.Analyzer.Name; !exported[path] {
			t.Errorf("%s does not export Analyzer", path)
		}
	}
}
