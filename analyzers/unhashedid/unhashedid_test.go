package unhashedid_test

import (
	"testing"

	"github.com/openaivet/openaivet/analyzers/unhashedid"
	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

func Test(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	analysistest.RunWithSuggestedFixes(t, dir, unhashedid.Analyzer, "./...")
}

func TestFixedCodeBuilds(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	testmod.BuildGoldens(t, dir)
}

// TestFixesLeaveNoFinding runs the check on the code as its fixes leave
// it, in the package where every finding has a fix: a fixed identifier
// carries no personal data, even one that a checksum (xxHash, FNV) or a
// name (emailHash) had made look hashed.
func TestFixesLeaveNoFinding(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	fixed := testmod.Fixed(t, dir)
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: fixed}, "./precise")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("the fixed testdata does not load")
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{unhashedid.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range graph.All() {
		for _, d := range act.Diagnostics {
			t.Errorf("%s: after the fixes: %s", act.Package.Fset.Position(d.Pos), d.Message)
		}
	}
}
