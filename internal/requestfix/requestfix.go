// Package requestfix builds the suggested fixes that change what a request
// sets: a field added to its params literal or an option to its call, a
// deprecated field renamed.
// Both are offered only where the edit is certain to compile.
package requestfix

import (
	"fmt"
	"go/types"

	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/edit"
	"github.com/openaivet/openaivet/internal/openaiapi"
	"golang.org/x/tools/go/analysis"
)

// AddField returns the fix that sets the wire field to the Go expression
// expr in the request's params literal, wrapping it in the library's
// optional-value constructor and importing the library's root package as
// needed. ok is false when the params have no single literal to edit.
func AddField(pass *analysis.Pass, req *openaiapi.Request, tag, expr string) (fix analysis.SuggestedFix, ok bool) {
	lit := req.Literal()
	if lit == nil || !req.Has(tag) {
		return fix, false
	}
	file := astutil.FileOf(pass.Files, lit.Pos())
	if file == nil {
		return fix, false
	}
	wrapper, ok := req.Wrapper(tag)
	if !ok {
		return fix, false
	}
	value := expr
	var edits []analysis.TextEdit
	if wrapper != "" {
		name, importEdits, ok := edit.Import(pass, lit.Pos(), req.Root, openaiapi.RootPackageName)
		if !ok {
			return fix, false
		}
		value = fmt.Sprintf("%s.%s(%s)", name, wrapper, expr)
		edits = importEdits
	}
	field := req.FieldName(tag)
	if kv := astutil.Keyed(lit, field); kv != nil {
		// The literal names the field with a value the wire leaves off
		// (a zero in an omitempty field): replace the value.
		edits = append(edits, edit.Replace(kv.Value, value))
	} else {
		edits = append(edits, edit.AddField(pass.Fset, lit, field, value))
	}
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("Set %s to %s", field, expr),
		TextEdits: edits,
	}, true
}

// AddOption returns the fix that passes the call option setting the wire
// field to the Go expression expr, on a request of a client without params
// structs (llms.WithMaxTokens(1024)), importing the option's package as
// needed. ok is false where the call passes its options on with "...",
// or the request is checked at its callers.
func AddOption(pass *analysis.Pass, req *openaiapi.Request, tag, expr string) (fix analysis.SuggestedFix, ok bool) {
	call := req.Call
	if call.Ellipsis.IsValid() || req.Forwarded() || len(call.Args) == 0 {
		return fix, false
	}
	var edits []analysis.TextEdit
	option, ok := req.SpellOption(tag, expr, func(importPath, name string) (string, bool) {
		local, imports, ok := edit.Import(pass, call.Pos(), importPath, name)
		edits = append(edits, imports...)
		return local, ok
	})
	if !ok {
		return fix, false
	}
	last := call.Args[len(call.Args)-1]
	edits = append(edits, analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(", " + option)})
	return analysis.SuggestedFix{
		Message:   "Pass " + option,
		TextEdits: edits,
	}, true
}

// RenameField returns the fix that moves a value from one wire field to
// another of the same Go type, by renaming the field wherever this package
// names it. ok is false when a setting is out of reach (in another package,
// or in an option) or the types differ.
func RenameField(req *openaiapi.Request, settings []openaiapi.Setting, from, to string) (fix analysis.SuggestedFix, ok bool) {
	fromType, toType := req.FieldType(from), req.FieldType(to)
	if fromType == nil || toType == nil || !types.Identical(fromType, toType) || len(settings) == 0 {
		return fix, false
	}
	newName := req.FieldName(to)
	for _, s := range settings {
		if s.Key == nil {
			return analysis.SuggestedFix{}, false
		}
		fix.TextEdits = append(fix.TextEdits, edit.Replace(s.Key, newName))
	}
	fix.Message = fmt.Sprintf("Rename %s to %s", req.FieldName(from), newName)
	return fix, true
}
