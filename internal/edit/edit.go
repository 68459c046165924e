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

	"github.com/openaivet/openaivet/internal/astutil"
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

// Import returns the name by which code at pos can refer to the package
// with the given path and name, with the edits that add an import when no
// import of it is visible there. The name the file imports a package by can
// be hidden at pos by a local of that name (a variable named fmt, a
// parameter named sha256), and the package's own name can be taken; the
// import added then takes a name that refers to nothing at pos, such as
// sha256pkg, so that the fixed code compiles. ok is false when pos is in no
// file of the package, or no such name is free.
func Import(pass *analysis.Pass, pos token.Pos, path, name string) (local string, edits []analysis.TextEdit, ok bool) {
	file := astutil.FileOf(pass.Files, pos)
	scope := pass.Pkg.Scope().Innermost(pos)
	if file == nil || scope == nil {
		return "", nil, false
	}
	for _, spec := range file.Imports {
		pn := pass.TypesInfo.PkgNameOf(spec)
		if p, err := strconv.Unquote(spec.Path.Value); err != nil || p != path || pn == nil {
			continue
		}
		if _, obj := scope.LookupParent(pn.Name(), pos); obj == pn {
			return pn.Name(), nil, true
		}
	}
	local = freeName(scope, pos, name)
	if local == "" {
		return "", nil, false
	}
	spec := strconv.Quote(path)
	if local != name {
		spec = local + " " + spec
	}
	return local, []analysis.TextEdit{addImport(pass.Fset, file, path, spec)}, true
}

// Refers reports whether name, written at pos, refers to obj: whether a
// fix can name obj there.
func Refers(pkg *types.Package, pos token.Pos, name string, obj types.Object) bool {
	scope := pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, found := scope.LookupParent(name, pos)
	return found == obj
}

// freeName returns name, or else the first of namepkg, namepkg2, ...,
// that refers to nothing at pos: an import by that name is neither hidden
// there nor in conflict with a declaration of the file or the package.
// It returns "" if all are taken.
func freeName(scope *types.Scope, pos token.Pos, name string) string {
	for i := range 10 {
		candidate := name
		switch {
		case i == 1:
			candidate = name + "pkg"
		case i > 1:
			candidate = fmt.Sprintf("%spkg%d", name, i)
		}
		if _, obj := scope.LookupParent(candidate, pos); obj == nil {
			return candidate
		}
	}
	return ""
}

// addImport returns the edit that adds the import spec of path to file.
// In a parenthesized import declaration, it joins the group of imports of
// its kind (the standard library's, or not), as gofmt and goimports lay
// them out, beside the import that shares most of its path and in order;
// with no import of its kind, it starts a group of its own: the standard
// library's first, others last.
func addImport(fset *token.FileSet, file *ast.File, path, spec string) analysis.TextEdit {
	var blocks []*ast.GenDecl
	for _, decl := range file.Decls {
		if gen, ok := decl.(*ast.GenDecl); ok && gen.Tok == token.IMPORT {
			blocks = append(blocks, gen)
		}
	}
	if len(blocks) == 0 {
		end := file.Name.End()
		return insert(end, "\n\nimport "+spec)
	}
	var group []*ast.ImportSpec
	bestLen := -1
	for _, gen := range blocks {
		if !gen.Lparen.IsValid() {
			continue
		}
		for _, g := range importGroups(fset, gen) {
			for _, s := range g {
				p, _ := strconv.Unquote(s.Path.Value)
				if astutil.IsStandard(p) != astutil.IsStandard(path) {
					continue
				}
				if n := sharedPrefix(p, path); n > bestLen {
					group, bestLen = g, n
				}
			}
		}
	}
	if group != nil {
		for _, s := range group {
			if p, _ := strconv.Unquote(s.Path.Value); path < p {
				return insert(specStart(s), spec+"\n\t")
			}
		}
		return insert(specEnd(group[len(group)-1]), "\n\t"+spec)
	}
	for _, gen := range blocks {
		switch {
		case !gen.Lparen.IsValid():
			continue
		case len(gen.Specs) == 0:
			return insert(gen.Lparen+1, "\n\t"+spec+"\n")
		case astutil.IsStandard(path):
			return insert(specStart(gen.Specs[0].(*ast.ImportSpec)), spec+"\n\n\t")
		default:
			return insert(specEnd(gen.Specs[len(gen.Specs)-1].(*ast.ImportSpec)), "\n\n\t"+spec)
		}
	}
	// Only single-line import declarations: one more.
	return insert(blocks[0].Pos(), "import "+spec+"\n")
}

// importGroups splits the specs of a parenthesized import declaration into
// its groups: runs of lines with no blank line between them.
func importGroups(fset *token.FileSet, gen *ast.GenDecl) [][]*ast.ImportSpec {
	var groups [][]*ast.ImportSpec
	prevEnd := -1
	for _, s := range gen.Specs {
		spec := s.(*ast.ImportSpec)
		if start := fset.Position(specStart(spec)).Line; len(groups) == 0 || start > prevEnd+1 {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], spec)
		prevEnd = fset.Position(specEnd(spec)).Line
	}
	return groups
}

// specStart and specEnd bound an import spec with its comments, which
// stay with it.
func specStart(s *ast.ImportSpec) token.Pos {
	if s.Doc != nil {
		return s.Doc.Pos()
	}
	return s.Pos()
}

func specEnd(s *ast.ImportSpec) token.Pos {
	if s.Comment != nil {
		return s.Comment.End()
	}
	return s.End()
}

func sharedPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func insert(pos token.Pos, text string) analysis.TextEdit {
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
}
