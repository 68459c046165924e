package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// layout is a main module with the directories the go command's walk
// treats apart: hidden, underscored, testdata, another module, a package
// of tests alone, files a build constraint leaves out.
var layout = map[string]string{
	"go.mod":               "module example.com/m\n\ngo 1.26.0\n",
	"m.go":                 "package m\n",
	"x/x.go":               "package x\n",
	"x/x_test.go":          "package x_test\n",
	"w_test/w.go":          "package w\n",
	"x/y/y.go":             "package y\n",
	"_hidden/h.go":         "package hidden\n",
	"x/_gen/g.go":          "package gen\n",
	".dot/d.go":            "package dot\n",
	"testdata/t/t.go":      "package t\n",
	"x/testdata/u/u.go":    "package u\n",
	"nested/go.mod":        "module example.com/m/nested\n\ngo 1.26.0\n",
	"nested/n.go":          "package nested\n",
	"nested/deep/deep.go":  "package deep\n",
	"onlytests/o_test.go":  "package onlytests\n",
	"ignored/i.go":         "//go:build ignore\n\npackage ignored\n",
	"x/y/z/pkgz/z.go":      "package pkgz\n",
	"cmd/tool/main.go":     "package main\n\nfunc main() {}\n",
	"cmd/tool/doc_test.go": "package main\n",
}

// ids are the names go vet could report packages of the layout under,
// and some it could not.
var ids = []string{
	"example.com/m", "example.com/m/x", "example.com/m/x/y", "example.com/m/x/y/z/pkgz",
	"example.com/m/_hidden", "example.com/m/x/_gen", "example.com/m/.dot",
	"example.com/m/testdata/t", "example.com/m/x/testdata/u",
	"example.com/m/nested", "example.com/m/nested/deep",
	"example.com/m/onlytests", "example.com/m/cmd/tool",
	"example.com/m/x [example.com/m/x.test]", "example.com/m/x_test [example.com/m/x.test]",
	"example.com/m/x_test", "example.com/m/w_test",
	"example.com/m/x/y [example.com/m/x.test]",
	"fmt", "example.com/mother", "example.com/other/x",
}

// The layout's rules decide as go list does, for every pattern they
// decide at all.
func TestDirPatternsAsGoList(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, layout)
	t.Setenv("GOWORK", "off")
	t.Setenv("GOFLAGS", "-mod=mod")
	for _, c := range []struct {
		dir      string
		patterns []string
	}{
		{".", nil},
		{".", []string{"."}},
		{".", []string{"./..."}},
		{".", []string{"./x"}},
		{".", []string{"./x/..."}},
		{".", []string{"./x/...", "./cmd/..."}},
		{".", []string{"./_hidden"}},
		{".", []string{"./_hidden/..."}},
		{".", []string{"./testdata/..."}},
		{".", []string{"./x/y/..."}},
		{".", []string{root + "/x/..."}},
		{"x", []string{"."}},
		{"x", []string{"./..."}},
		{"x", []string{"../..."}},
		{"x/y", []string{"../../cmd/..."}},
	} {
		cwd := filepath.Join(root, c.dir)
		d := newDirPatterns(cwd, c.patterns)
		if d == nil {
			t.Errorf("in %s, %v: no resolver for patterns of the main module's directories", c.dir, c.patterns)
			continue
		}
		listed := goListFind(t, cwd, c.patterns)
		for _, id := range ids {
			got, ok := d.root(id)
			if !ok {
				t.Errorf("in %s, %v: %s undecided", c.dir, c.patterns, id)
				continue
			}
			if want := slices.Contains(listed, testedPackage(id)); got != want {
				t.Errorf("in %s, %v: root(%q) = %v, go list says %v (%v)", c.dir, c.patterns, id, got, want, listed)
			}
		}
	}
}

// testedPackage is basePackage, knowing the layout's one external test
// package, which go vet -json names alone.
func testedPackage(id string) string {
	if id == "example.com/m/x_test" {
		return "example.com/m/x"
	}
	return basePackage(id)
}

// go list's resolution knows p_test alone for the external tests of a
// root p, and a directory named p_test for a package of its own.
func TestPatternPackagesHasExternalTests(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, layout)
	pkgs := &patternPackages{roots: map[string]string{
		"example.com/m/x": filepath.Join(root, "x"),
		"example.com/m/w": filepath.Join(root, "w"),
	}}
	for id, want := range map[string]bool{
		"example.com/m/x":                             true,
		"example.com/m/x_test":                        true,
		"example.com/m/x_test [example.com/m/x.test]": true,
		"example.com/m/w_test":                        false, // not a root
		"example.com/m/y_test":                        false,
	} {
		if got := pkgs.has(id); got != want {
			t.Errorf("has(%q) = %v, want %v", id, got, want)
		}
	}
}

// writeTree writes files, by their paths relative to root.
func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		path := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// goListFind returns the packages go list finds for the patterns in dir.
func goListFind(t *testing.T, dir string, patterns []string) []string {
	t.Helper()
	cmd := exec.Command("go", append([]string{"list", "-e", "-find", "-f", "{{if not .Error}}{{.ImportPath}}{{end}}", "--"}, patterns...)...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list %v in %s: %v", patterns, dir, err)
	}
	return strings.Fields(string(out))
}

// Where the go command's setup or the patterns are beyond the rules, or a
// package's directory is, go list decides.
func TestDirPatternsLeaveTheRestToGoList(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"go.mod":           "module example.com/m\n\ngo 1.26.0\n",
		"vendor/v/v.go":    "package v\n",
		"real/r.go":        "package r\n",
		"ignoring/go.mod":  "module example.com/ig\n\ngo 1.26.0\n\nignore ./skip\n",
		"work/go.work":     "go 1.26.0\n\nuse ./w\n",
		"work/w/go.mod":    "module example.com/w\n\ngo 1.26.0\n",
		"work/w/w.go":      "package w\n",
		"ignoring/skip.go": "package ig\n",
	})
	if err := os.Symlink(filepath.Join(root, "real"), filepath.Join(root, "link")); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOWORK", "")
	for _, c := range []struct {
		dir      string
		patterns []string
	}{
		{".", []string{"all"}},
		{".", []string{"example.com/m/..."}},
		{".", []string{"main.go"}},
		{".", []string{"./x/.../y"}},
		{".", []string{"../..."}},
		{"ignoring", []string{"./..."}},
		{"work/w", []string{"./..."}},
	} {
		if d := newDirPatterns(filepath.Join(root, c.dir), c.patterns); d != nil {
			t.Errorf("in %s, %v: the rules claim to resolve %+v", c.dir, c.patterns, d)
		}
	}
	d := newDirPatterns(root, []string{"./..."})
	for _, id := range []string{"example.com/m/vendor/v", "example.com/m/link"} {
		if _, ok := d.root(id); ok {
			t.Errorf("root(%q) decided, through a vendor directory or a link", id)
		}
	}
	t.Setenv("GOWORK", "off")
	if newDirPatterns(filepath.Join(root, "work", "w"), []string{"./..."}) == nil {
		t.Error("GOWORK=off: no resolver")
	}
}
