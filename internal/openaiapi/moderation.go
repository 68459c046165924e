package openaiapi

import (
	"go/ast"
	"go/types"
)

// In-request moderation: the request's moderation setting, with an input
// policy whose mode makes the API refuse flagged input.
var blockingInputPolicy = []string{"policy", "input", "mode"}

const blockingMode = "block"

// inputModeratedKinds are the kinds of endpoint whose input a moderation
// call of the program's own would not make safer. The Images API checks
// every prompt (of generations and edits, with any model) against its
// content policy and refuses one it flags; its moderation setting only
// chooses how strict the check is. An embedding generates nothing: the
// vector it returns is no completion a user reads. Their prompts are
// still prompts for the other checks: an image prompt's length, and where
// user input lands in it.
var inputModeratedKinds = map[Kind]bool{ImageGeneration: true, Embeddings: true}

// ModeratesInput reports whether the request's input needs no moderation
// verdict of the program's own: the request asks the API to moderate its
// input and refuse it when flagged (an input policy of mode "block"; a
// policy of "score" leaves the verdict to the caller and does not count),
// or its endpoint's kind sees to it (see inputModeratedKinds).
func (r *Request) ModeratesInput(info *types.Info) bool {
	if inputModeratedKinds[r.Endpoint.Kind] {
		return true
	}
	settings, _ := r.Set(FieldModeration)
	for _, s := range settings {
		if s.Value != nil && nestedConstant(info, s.Value, blockingInputPolicy) == blockingMode {
			return true
		}
	}
	return false
}

// nestedConstant follows composite literals down the fields with the given
// JSON tags and returns the constant string at the end, or "".
func nestedConstant(info *types.Info, e ast.Expr, tags []string) string {
	if len(tags) == 0 {
		s, _ := constantString(info.Types[e])
		return s
	}
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok {
			return nestedConstant(info, u.X, tags)
		}
		return ""
	}
	st, ok := info.TypeOf(lit).Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	fields := jsonFields(st)
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok := kv.Key.(*ast.Ident)
		if ok && info.ObjectOf(key) == fields[tags[0]] {
			return nestedConstant(info, kv.Value, tags[1:])
		}
	}
	return ""
}
