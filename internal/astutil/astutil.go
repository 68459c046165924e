// Package astutil answers questions about the code being analyzed: the
// file that holds a position, the outermost function body around it,
// whether a package is the standard library's.
package astutil

import (
	"fmt"
	"go/ast"
	"go/token"
	"iter"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// IsStandard reports whether an import path belongs to the standard
// library: its first element is one of the standard library's top-level
// directories. A dot-less first element alone does not say so: many
// programs name their module "app" or "bot".
func IsStandard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return standardRoots[first]
}

// standardRoots are the first elements of the standard library's import
// paths ($GOROOT/src), with cgo's "C".
var standardRoots = map[string]bool{
	"C": true, "archive": true, "arena": true, "bufio": true, "builtin": true, "bytes": true,
	"cmd": true, "cmp": true, "compress": true, "container": true, "context": true,
	"crypto": true, "database": true, "debug": true, "embed": true, "encoding": true,
	"errors": true, "expvar": true, "flag": true, "fmt": true, "go": true, "hash": true,
	"html": true, "image": true, "index": true, "internal": true, "io": true, "iter": true,
	"log": true, "maps": true, "math": true, "mime": true, "net": true, "os": true,
	"path": true, "plugin": true, "reflect": true, "regexp": true, "runtime": true,
	"simd": true, "slices": true, "sort": true, "strconv": true, "strings": true,
	"structs": true, "sync": true, "syscall": true, "testing": true, "text": true,
	"time": true, "unicode": true, "unique": true, "unsafe": true, "vendor": true, "weak": true,
}

// FileOf returns the file among files that holds pos, or nil.
func FileOf(files []*ast.File, pos token.Pos) *ast.File {
	for _, f := range files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// OutermostBody returns the body of the outermost function (declaration
// or literal) around pos, or nil at package level.
func OutermostBody(files []*ast.File, pos token.Pos) *ast.BlockStmt {
	f := FileOf(files, pos)
	if f == nil {
		return nil
	}
	var body *ast.BlockStmt
	ast.Inspect(f, func(n ast.Node) bool {
		if body != nil || n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			body = n.Body
		case *ast.FuncLit:
			body = n.Body
		}
		return body == nil
	})
	return body
}

// Keyed returns the element of a struct literal that sets field, or nil.
func Keyed(lit *ast.CompositeLit, field string) *ast.KeyValueExpr {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == field {
				return kv
			}
		}
	}
	return nil
}

// ShortPosition is a position in the package pass analyzes, as text for a
// message read in another package, where a token.Pos means nothing:
// dir/file:line, the file named with its directory's last element, as a
// reader finds it from the package (support/support.go:37). A file at the
// module's root is named alone (main.go:64): the root's own name is where
// the module was checked out, which would make the message, and the
// finding's fingerprint, differ between checkouts.
func ShortPosition(pass *analysis.Pass, pos token.Pos) string {
	p := pass.Fset.Position(pos)
	file := filepath.Base(p.Filename)
	if pass.Module == nil || strings.TrimSuffix(pass.Pkg.Path(), "_test") != pass.Module.Path {
		file = filepath.Base(filepath.Dir(p.Filename)) + "/" + file
	}
	return fmt.Sprintf("%s:%d", file, p.Line)
}

// ValueSpecs yields the specs of the package-level declarations of files
// made with tok: token.VAR or token.CONST.
func ValueSpecs(files []*ast.File, tok token.Token) iter.Seq[*ast.ValueSpec] {
	return func(yield func(*ast.ValueSpec) bool) {
		for _, file := range files {
			for _, decl := range file.Decls {
				gen, ok := decl.(*ast.GenDecl)
				if !ok || gen.Tok != tok {
					continue
				}
				for _, spec := range gen.Specs {
					if !yield(spec.(*ast.ValueSpec)) {
						return
					}
				}
			}
		}
	}
}
