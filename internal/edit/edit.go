// Package edit builds the text edits of suggested fixes: a field added to a
// composite literal, an import added to a file, a name replaced. The edits
// leave code that parses; the drivers gofmt what they write.
package edit

import (
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// AddField returns the edit that appends "key: value" to a keyed composite
// literal, on a line of its own when the literal spans several lines.
func AddField(fset *token.FileSet, lit *ast.CompositeLit, key, value string) analysis.TextEdit {
	field := key + ": " + value
	if len(lit.Elts) == 0 {
		return analysis.TextEdit{Pos: lit.Rbrace, End: lit.Rbrace, NewText: []byte(field)}
	}
	last := lit.Elts[len(lit.Elts)-1]
	if fset.Position(last.End()).Line == fset.Position(lit.Rbrace).Line {
		return analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(", " + field)}
	}
	// Insert after the last element, before its trailing comma, so that
	// the comma ends the new line instead.
	indent := strings.Repeat("\t", max(fset.Position(last.Pos()).Column-1, 0))
	return analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(",\n" + indent + field)}
}

// DeleteArgument returns the edit that removes arg, with its separating
// comma, from the arguments of call.
func DeleteArgument(call *ast.CallExpr, arg ast.Expr) analysis.TextEdit {
	i := slices.Index(call.Args, arg)
	switch {
	case len(call.Args) == 1:
		return analysis.TextEdit{Pos: arg.Pos(), End: arg.End()}
	case i < len(call.Args)-1:
		return analysis.TextEdit{Pos: arg.Pos(), End: call.Args[i+1].Pos()}
	default:
		return analysis.TextEdit{Pos: call.Args[i-1].End(), End: arg.End()}
	}
}

// Wrap returns the edit that puts before and after around node, in file.
// It is one edit that replaces node by its printed text, not two
// insertions: another fix may insert at node's end as well (AddField, after
// the last value of a literal), and the drivers merge two insertions at one
// offset in either order, which could put that fix's text between node and
// after. ok is false when node holds a comment, which printing would drop.
func Wrap(fset *token.FileSet, file *ast.File, node ast.Node, before, after string) (analysis.TextEdit, bool) {
	for _, group := range file.Comments {
		if node.Pos() < group.End() && group.Pos() < node.End() {
			return analysis.TextEdit{}, false
		}
	}
	var text strings.Builder
	if err := format.Node(&text, fset, node); err != nil {
		return analysis.TextEdit{}, false
	}
	return Replace(node, before+text.String()+after), true
}

// Replace returns the edit that replaces the text of node.
func Replace(node ast.Node, text string) analysis.TextEdit {
	return analysis.TextEdit{Pos: node.Pos(), End: node.End(), NewText: []byte(text)}
}

// Import returns the name by which file can refer to the package with the
// given path and name, with the edits that add the import when the file
// lacks it. ok is false when the name is taken by something else.
func Import(info *types.Info, pkg *types.Package, file *ast.File, path, name string) (local string, edits []analysis.TextEdit, ok bool) {
	for _, spec := range file.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil || p != path {
			continue
		}
		if spec.Name == nil {
			return name, nil, true
		}
		if spec.Name.Name == "_" || spec.Name.Name == "." {
			return "", nil, false
		}
		return spec.Name.Name, nil, true
	}
	for _, spec := range file.Imports {
		if pn := info.PkgNameOf(spec); pn != nil && pn.Name() == name {
			return "", nil, false
		}
	}
	if pkg.Scope().Lookup(name) != nil {
		return "", nil, false
	}
	line := strconv.Quote(path)
	if near := nearestImport(file, path); near != nil && near.Name == nil {
		// Beside the import that shares most of its path, so it lands in
		// the right group, in order.
		p, _ := strconv.Unquote(near.Path.Value)
		if path < p {
			return name, []analysis.TextEdit{{Pos: near.Pos(), End: near.Pos(), NewText: []byte(line + "\n\t")}}, true
		}
		return name, []analysis.TextEdit{{Pos: near.End(), End: near.End(), NewText: []byte("\n\t" + line)}}, true
	}
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			continue
		}
		if gen.Lparen.IsValid() {
			return name, []analysis.TextEdit{{Pos: gen.Lparen + 1, End: gen.Lparen + 1, NewText: []byte("\n\t" + line)}}, true
		}
		return name, []analysis.TextEdit{{Pos: gen.Pos(), End: gen.Pos(), NewText: []byte(fmt.Sprintf("import %s\n", line))}}, true
	}
	end := file.Name.End()
	return name, []analysis.TextEdit{{Pos: end, End: end, NewText: []byte(fmt.Sprintf("\n\nimport %s", line))}}, true
}

// nearestImport returns the import of a parenthesized import declaration
// whose path shares the longest prefix with path, if any shares one.
func nearestImport(file *ast.File, path string) *ast.ImportSpec {
	var best *ast.ImportSpec
	bestLen := 0
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT || !gen.Lparen.IsValid() {
			continue
		}
		for _, spec := range gen.Specs {
			spec := spec.(*ast.ImportSpec)
			p, _ := strconv.Unquote(spec.Path.Value)
			n := 0
			for n < len(p) && n < len(path) && p[n] == path[n] {
				n++
			}
			if n > bestLen {
				best, bestLen = spec, n
			}
		}
	}
	return best
}
