// Package astutil finds the syntax around a position: the file that holds
// it, the outermost function body around it.
package astutil

import (
	"go/ast"
	"go/token"
)

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
