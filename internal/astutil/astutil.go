// Package astutil answers questions about the code being analyzed: the
// file that holds a position, the outermost function body around it,
// whether a package is the standard library's.
package astutil

import (
	"go/ast"
	"go/token"
	"strings"
)

// IsStandard reports whether an import path belongs to the standard
// library: its first element has no dot.
func IsStandard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
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
