// Package testmod prepares the testdata modules that the analyzers' tests
// load: each requires the real client libraries, which analysistest loads
// with the module proxy turned off, so they are downloaded first.
package testmod

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/internal/secret/fakekey"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Download fetches into the module cache every module needed to build the
// packages of the module in dir, with their tests.
func Download(t testing.TB, dir string) {
	t.Helper()
	cmd := exec.Command("go", "list", "-deps", "-test", "./...")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("preparing test module %s: %v\n%s", dir, err, out)
	}
}

// BuildGoldens checks that the module in dir still builds, and is
// gofmt-clean, once every file with a golden file (the file as the
// suggested fixes leave it) is replaced by its golden file.
func BuildGoldens(t testing.TB, dir string) {
	t.Helper()
	tmp := Fixed(t, dir)
	build := exec.Command("go", "build", "./...")
	build.Dir = tmp
	if out, err := build.CombinedOutput(); err != nil {
		t.Errorf("fixed code of %s does not build: %v\n%s", dir, err, out)
	}
	gofmt := exec.Command("gofmt", "-l", ".")
	gofmt.Dir = tmp
	out, err := gofmt.CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("fixed code of %s is not gofmt-clean: %v\n%s", dir, err, out)
	}
}

// Fixed copies the module in dir to a temporary directory, with every file
// that has a golden file replaced by it, and returns the copy's path.
func Fixed(t testing.TB, dir string) string {
	t.Helper()
	tmp := Copy(t, dir, func(s string) string { return s })
	var goldens []string
	err := filepath.WalkDir(tmp, func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".golden") {
			goldens = append(goldens, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(goldens) == 0 {
		t.Fatalf("no golden files under %s", dir)
	}
	for _, golden := range goldens {
		if err := os.Rename(golden, strings.TrimSuffix(golden, ".golden")); err != nil {
			t.Fatal(err)
		}
	}
	return tmp
}

// Copy copies the module in dir to a temporary directory, passing the
// contents of every file through expand, and returns the copy's path.
func Copy(t testing.TB, dir string, expand func(string) string) string {
	t.Helper()
	tmp := t.TempDir()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dst := filepath.Join(tmp, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, []byte(expand(string(data))), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return tmp
}

// Expected returns the findings a sample module's expected.txt lists, one
// "file:line check" a line, in the order of the command's sorted output.
func Expected(t testing.TB, dir string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "expected.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(data)), "\n")
}

// CopyWithKeys copies the module in dir to a temporary directory with the
// key placeholders of its files replaced by keys (see fakekey.Expand),
// and returns the copy's path and the keys.
func CopyWithKeys(t testing.TB, dir string) (string, []string) {
	t.Helper()
	var keys []string
	tmp := Copy(t, dir, func(s string) string {
		s, made := fakekey.Expand(s)
		keys = append(keys, made...)
		return s
	})
	return tmp, keys
}

// NoFindings runs the analyzer over the packages of the module in dir
// that the pattern names, and fails the test for each finding: the code
// that the fixes leave must hold none.
func NoFindings(t testing.TB, dir, pattern string, a *analysis.Analyzer) {
	t.Helper()
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}, pattern)
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("%s does not load", dir)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range graph.All() {
		for _, d := range act.Diagnostics {
			t.Errorf("%s: %s: %s", act.Package.Fset.Position(d.Pos), a.Name, d.Message)
		}
	}
}
