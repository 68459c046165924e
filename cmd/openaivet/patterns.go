package main

import (
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"
)

// dirPatterns resolves, without the go command, the commonest patterns: the
// directories of a single main module, alone or with "/..." after them
// (".", "./...", "./cmd/server", "../svc/..."). The go command walks the
// tree to match them, as go list does again at the same cost; for a
// package that go vet reported, the main module's go.mod says where it is,
// and the rules of the walk say whether a pattern matches it. It answers
// only where those rules decide without doubt, and leaves the rest to go
// list (see root).
type dirPatterns struct {
	modPath, modRoot string
	dirs             []dirPattern
}

// dirPattern is one pattern: a directory, and whether the pattern is the
// directory's tree.
type dirPattern struct {
	dir  string
	tree bool
}

// newDirPatterns returns the resolver for patterns, or nil when they are
// not all directories of the main module, or the go command is set up in
// a way whose effect on matching it does not follow: a workspace, another
// go.mod file, GOPATH mode, a go.mod that ignores directories.
func newDirPatterns(cwd string, patterns []string) *dirPatterns {
	switch {
	case os.Getenv("GO111MODULE") == "off",
		strings.Contains(os.Getenv("GOFLAGS"), "-modfile"),
		workspace(cwd):
		return nil
	}
	gomod := findUp(cwd, "go.mod")
	if gomod == "" {
		return nil
	}
	data, err := os.ReadFile(gomod)
	if err != nil {
		return nil
	}
	f, err := modfile.ParseLax(gomod, data, nil)
	if err != nil || f.Module == nil || len(f.Ignore) > 0 {
		return nil
	}
	d := &dirPatterns{modPath: f.Module.Mod.Path, modRoot: filepath.Dir(gomod)}
	if len(patterns) == 0 {
		patterns = []string{"."}
	}
	for _, p := range patterns {
		if !isDirPattern(p) {
			return nil
		}
		dir, tree := strings.CutSuffix(filepath.ToSlash(p), "/...")
		if tree && dir == "" {
			dir = "/"
		}
		if strings.Contains(dir, "...") {
			return nil
		}
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(cwd, dir)
		}
		dir = filepath.Clean(dir)
		if !within(d.modRoot, dir) {
			return nil
		}
		d.dirs = append(d.dirs, dirPattern{dir: dir, tree: tree})
	}
	return d
}

// isDirPattern reports whether the go command reads a pattern as a
// directory: "." and "..", or a path that starts with "./", "../" or the
// root, but not a Go file.
func isDirPattern(p string) bool {
	p = filepath.ToSlash(p)
	return (p == "." || p == ".." || strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") || filepath.IsAbs(p)) &&
		!strings.HasSuffix(p, ".go")
}

// workspace reports whether the go command runs in workspace mode from
// dir: GOWORK names a file, or a go.work is found above.
func workspace(dir string) bool {
	switch gowork := os.Getenv("GOWORK"); gowork {
	case "off":
		return false
	case "":
		return findUp(dir, "go.work") != ""
	}
	return true
}

// findUp returns the file named name in dir or the nearest of its
// parents, or "".
func findUp(dir, name string) string {
	for {
		if path := filepath.Join(dir, name); isFile(path) {
			return path
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// within reports whether path is dir or below it.
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// decide returns whether the patterns name each package go vet reported
// on (analyzed), if the rules decide it for all of them. A nil d decides
// nothing.
func (d *dirPatterns) decide(analyzed map[string]bool) (isRoot func(id string) bool, ok bool) {
	if d == nil {
		return nil, false
	}
	roots := make(map[string]bool)
	for id := range analyzed {
		root, ok := d.root(id)
		if !ok {
			return nil, false
		}
		roots[id] = root
	}
	return func(id string) bool { return roots[id] }, true
}

// root reports whether the patterns name the package that go vet names
// id, and ok when the rules decide it: for a package of the main module
// (or a test variant of one), by its directory.
func (d *dirPatterns) root(id string) (root, ok bool) {
	path := basePackage(id)
	rel, inModule := strings.CutPrefix(path, d.modPath)
	if !inModule || rel != "" && !strings.HasPrefix(rel, "/") {
		// Not the main module's: a result go vet replayed from a run
		// that named it, which directories of the main module cannot.
		return false, true
	}
	dir := filepath.Join(d.modRoot, filepath.FromSlash(strings.TrimPrefix(rel, "/")))
	if tested, ok := strings.CutSuffix(dir, "_test"); ok && !isDir(dir) && isDir(tested) {
		dir = tested // p_test: the external tests of p, in p's directory
	}
	hidden, inMain, ok := d.place(dir)
	if !ok || !inMain {
		return false, ok
	}
	for _, p := range d.dirs {
		if dir == p.dir && !p.tree || p.tree && !hidden && within(p.dir, dir) {
			return true, true
		}
	}
	return false, true
}

// place says where dir is for the go command's walk of the main module,
// which starts at its root and matches a pattern's tree as it goes:
// hidden when a directory on the way is named .foo, _foo or testdata,
// which the walk skips (a pattern that names the directory itself, with
// no "/...", still matches it); and not in the main module when a
// directory on the way has a go.mod of its own. ok is false where the
// walk's finer rules would have a say: a directory named vendor, or a
// symbolic link, on the way.
func (d *dirPatterns) place(dir string) (hidden, inMain, ok bool) {
	rel, err := filepath.Rel(d.modRoot, dir)
	if err != nil || rel == "." {
		return false, true, err == nil
	}
	at := d.modRoot
	for _, elem := range strings.Split(rel, string(filepath.Separator)) {
		at = filepath.Join(at, elem)
		hidden = hidden || strings.HasPrefix(elem, ".") || strings.HasPrefix(elem, "_") || elem == "testdata"
		if info, err := os.Lstat(at); err != nil || !info.IsDir() || elem == "vendor" {
			return false, false, false
		}
		if isFile(filepath.Join(at, "go.mod")) {
			return hidden, false, true
		}
	}
	return hidden, true, true
}

// basePackage returns the package that go vet's name for a package built
// for a test is a variant of: "p [p.test]" and "p_test [p.test]" are p.
// go vet -json names an external test package p_test alone, which only
// the directories tell apart from a package of that path.
func basePackage(id string) string {
	path, variant, ok := strings.Cut(id, " [")
	if !ok {
		return path
	}
	test, _ := strings.CutSuffix(strings.TrimSuffix(variant, "]"), ".test")
	if path == test+"_test" {
		return test
	}
	return path
}
