package promptinject_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/analyzers/maxtokens"
	"github.com/openaivet/openaivet/analyzers/promptinject"
	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

func Test(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	analysistest.Run(t, dir, promptinject.Analyzer, "./...")
}

// TestProxyBounds holds maxtokens to what a proxy leaves to its client:
// a request decoded whole from the client and sent as it is carries the
// client's output token bound, reported where it is decoded, on the lines
// the testdata marks "user's bound"; a proxy that sets a bound of its own,
// and a request the server writes around decoded messages, do not.
func TestProxyBounds(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}, "./proxies")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("the testdata does not load")
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{maxtokens.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			if strings.HasPrefix(d.Message, "the output token bound comes from user input") {
				got = append(got, act.Package.Fset.Position(d.Pos).Line)
			}
		}
	}
	src, err := os.ReadFile(filepath.Join(dir, "proxies", "proxies.go"))
	if err != nil {
		t.Fatal(err)
	}
	var want []int
	for i, line := range strings.Split(string(src), "\n") {
		if strings.HasSuffix(line, "// user's bound") {
			want = append(want, i+1)
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("bounds from user input reported on lines %v, want %v", got, want)
	}
}
