package openaiapi

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/types/typeutil"
)

// A TemplateFill is a call that fills a chat template in with values
// (eino's template.Format(ctx, values)) where a system message of the
// template reads some of them: Values is the argument that holds them,
// the receiver not counted; At is where the first such system text is;
// Vars are the keys they read, all of them when none.
type TemplateFill struct {
	Call   *ast.CallExpr
	Values int
	At     token.Pos
	Vars   []string
}

// A templateSyntax returns the top-level keys of the values that a
// template text reads, and whether it reads them all.
type templateSyntax func(text string) (vars []string, whole bool)

// templateFill returns the fill that call is, when the template it fills
// is made, on every path, by a templateMakers call of constant system
// texts one of which reads the values; nil otherwise.
func (r *resolver) templateFill(call *ast.CallExpr, region *ast.BlockStmt) *TemplateFill {
	fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return nil
	}
	c, key, ok := relativeName(fn)
	if !ok {
		return nil
	}
	values, ok := c.templateFillers.Lookup(key)
	sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !isSel || values >= len(call.Args) {
		return nil
	}
	fill := &TemplateFill{Call: call, Values: values}
	whole := false
	known := r.eachInstance(sel.X, region, 0, func(made *ast.CallExpr, fn *types.Func, region *ast.BlockStmt) bool {
		owner, key, ok := relativeName(fn)
		if !ok || owner != c {
			return false
		}
		format, isMaker := c.templateMakers.Lookup(key)
		if !isMaker || format >= len(made.Args) || made.Ellipsis.IsValid() {
			return false
		}
		syntax, ok := c.templateSyntaxes[r.constantInt(made.Args[format])]
		if !ok {
			return false
		}
		for _, msg := range made.Args[format+1:] {
			known := r.eachInstance(msg, region, 0, func(made *ast.CallExpr, fn *types.Func, _ *ast.BlockStmt) bool {
				owner, key, ok := relativeName(fn)
				if !ok || owner != c {
					return false
				}
				if role, _ := c.messageConstructors.Lookup(key); role != SystemRole || len(made.Args) == 0 {
					return true // a user message, a placeholder for messages
				}
				text, ok := r.constantString(made.Args[0])
				if !ok {
					return false
				}
				vars, all := syntax(text)
				if len(vars) > 0 || all {
					if !fill.At.IsValid() {
						fill.At = made.Args[0].Pos()
					}
					fill.Vars, whole = append(fill.Vars, vars...), whole || all
				}
				return true
			})
			if !known {
				return false
			}
		}
		return true
	})
	if !known || !fill.At.IsValid() {
		return nil
	}
	if whole {
		fill.Vars = nil
	}
	slices.Sort(fill.Vars)
	fill.Vars = slices.Compact(fill.Vars)
	return fill
}

// constantInt returns the value of a constant integer expression, or -1.
func (r *resolver) constantInt(e ast.Expr) int64 {
	tv := r.pass.TypesInfo.Types[e]
	if tv.Value == nil || tv.Value.Kind() != constant.Int {
		return -1
	}
	n, ok := constant.Int64Val(tv.Value)
	if !ok {
		return -1
	}
	return n
}

// fStringVariables returns the keys that a Python format string reads
// ("{name}", "{user.name}", "{count:>4}"); "{{" is a brace.
func fStringVariables(text string) (vars []string, whole bool) {
	for {
		start := strings.IndexByte(text, '{')
		if start < 0 {
			return vars, false
		}
		text = text[start+1:]
		if strings.HasPrefix(text, "{") {
			text = text[1:]
			continue
		}
		end := strings.IndexFunc(text, func(r rune) bool { return strings.ContainsRune("}.[:!", r) })
		if end < 0 {
			return vars, false
		}
		if name := strings.TrimSpace(text[:end]); name != "" {
			vars = append(vars, name)
		}
		text = text[end:]
	}
}

// goTemplateVariables returns the top-level keys of the values that a Go
// template reads ("{{.user.name}}" reads user), and whether it reads them
// all ("{{.}}"). Inside range, with, block and define, "." is something
// else: only "$.key" reads a key there.
func goTemplateVariables(text string) (vars []string, whole bool) {
	var scopes []bool // for each open block, whether it rebinds "."
	for action := range templateActions(text) {
		action = strings.Trim(action, "- \t\n")
		if strings.HasPrefix(action, "/*") {
			continue // a comment
		}
		fields := strings.FieldsFunc(action, func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune("()|,=:", r)
		})
		if len(fields) == 0 {
			continue
		}
		rebound := slices.Contains(scopes, true)
		for _, tok := range fields {
			top := tok == "$" || strings.HasPrefix(tok, "$.")
			if !top && (rebound || !strings.HasPrefix(tok, ".")) {
				continue
			}
			name, _, _ := strings.Cut(strings.TrimLeft(tok, "$."), ".")
			switch {
			case tok == "." || tok == "$":
				whole = true
			case name != "":
				vars = append(vars, name)
			}
		}
		switch fields[0] {
		case "range", "with", "block", "define":
			scopes = append(scopes, true)
		case "if":
			scopes = append(scopes, false)
		case "end":
			if len(scopes) > 0 {
				scopes = scopes[:len(scopes)-1]
			}
		}
	}
	return vars, whole
}

// templateActions yields the text of each "{{...}}" of a template, in
// the syntaxes that mark their actions so (Go templates, Handlebars,
// Jinja2's expressions), up to the first that is not closed.
func templateActions(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for {
			start := strings.Index(text, "{{")
			if start < 0 {
				return
			}
			text = text[start+2:]
			end := strings.Index(text, "}}")
			if end < 0 || !yield(text[:end]) {
				return
			}
			text = text[end+2:]
		}
	}
}
