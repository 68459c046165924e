package openaiapi

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// A definition is a call that defines a prompt a later call runs (see
// Client.promptDefiners), in the function region; instance is the
// argument that is its instance.
type definition struct {
	call     *ast.CallExpr
	sig      *types.Signature
	region   *ast.BlockStmt
	instance int
}

// options returns the options the definition is given.
func (d definition) options() []ast.Expr { return variadicArgs(d.sig, d.call) }

// variadicArgs returns the arguments of a call that its function's
// variadic parameter takes; none when the function is not variadic.
func variadicArgs(sig *types.Signature, call *ast.CallExpr) []ast.Expr {
	n := sig.Params().Len()
	if !sig.Variadic() || len(call.Args) < n-1 {
		return nil
	}
	return call.Args[n-1:]
}

// promptDefinitions returns the definitions that a prompt e holds on
// every path (genkit.DefinePrompt(g, "summary", opts...)): made in
// place, kept in a local variable or in an unexported package variable
// or field, given to a parameter by this package's calls, or returned by
// a helper of the package. ok is false when e may hold a prompt from
// anywhere else (genkit.LookupPrompt, another package).
func (r *resolver) promptDefinitions(c *Client, e ast.Expr, region *ast.BlockStmt, depth int) (defs []definition, ok bool) {
	if depth > maxDepth {
		return nil, false
	}
	all := func(values []ast.Expr, bodies []*ast.BlockStmt, ok bool) bool {
		for i, value := range values {
			d, ok := r.promptDefinitions(c, value, bodies[i], depth+1)
			if !ok {
				return false
			}
			defs = append(defs, d...)
		}
		return ok && len(values) > 0
	}
	var values []ast.Expr
	var bodies []*ast.BlockStmt
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn, isFunc := typeutil.Callee(r.pass.TypesInfo, x).(*types.Func)
		if !isFunc {
			return nil, false
		}
		if owner, key, library := relativeName(fn); library {
			instance, defines := owner.promptDefiners.Lookup(key)
			if !defines || owner != c || instance >= len(x.Args) {
				return nil, false
			}
			return []definition{{call: x, sig: fn.Signature(), region: region, instance: instance}}, true
		}
		for value, body := range r.returned(x) {
			values, bodies = append(values, value), append(bodies, body)
		}
		ok = true
	case *ast.Ident:
		v, isVar := r.pass.TypesInfo.Uses[x].(*types.Var)
		switch {
		case !isVar:
		case v.Parent() == r.pass.Pkg.Scope():
			values, bodies, ok = r.storedValues(v)
		case r.local(v, region):
			ok = r.definitions(v, region, func(value ast.Expr) origin {
				values, bodies = append(values, value), append(bodies, region)
				return knownOrigin()
			}).known
		default:
			values, bodies, ok = r.arguments(v)
		}
	case *ast.SelectorExpr:
		values, bodies, ok = r.fieldValues(x)
	}
	if !all(values, bodies, ok) {
		return nil, false
	}
	return defs, true
}

// definedModel reports whether every definition of a prompt picks an
// OpenAI model, by its options or its instance's default (see
// modelChosen and instanceModel); or, for a prompt of one definition
// whose instance the callers of an exported function give, which
// function that is.
func (r *resolver) definedModel(c *Client, defs []definition) (openAI bool, givenBy *types.Func) {
	for _, d := range defs {
		chosen, byDefault := r.modelChosen(c, d.options(), d.call.Ellipsis.IsValid(), d.region)
		if byDefault && len(defs) == 1 {
			return r.instanceModel(c, d.call.Args[d.instance], d.region)
		}
		if byDefault {
			chosen = r.defaultModel(c, d.call.Args[d.instance], d.region, 0)
		}
		if !chosen {
			return false, nil
		}
	}
	return len(defs) > 0, nil
}

// definedOptions resolves what the definitions of a prompt set for its
// run, whose own options are options: nothing when those give a config,
// which replaces the definition's whole config.
func (r *resolver) definedOptions(c *Client, defs []definition, options []ast.Expr) origin {
	o := knownOrigin()
	if slices.ContainsFunc(options, func(opt ast.Expr) bool { return r.configOption(c, opt) }) {
		return o
	}
	for _, d := range defs {
		o.merge(r.options(d.options(), d.call.Ellipsis.IsValid(), ByCallOption, d.region, 0))
	}
	return o
}

// configOption reports whether an option is one of the client's config
// options (ai.WithConfig(...)).
func (r *resolver) configOption(c *Client, opt ast.Expr) bool {
	call, ok := ast.Unparen(opt).(*ast.CallExpr)
	if !ok {
		return false
	}
	owner, key, ok := libraryFunc(r.pass.TypesInfo, call)
	return ok && owner == c && c.configOptions[key]
}

// instanceModel reports whether an instance a call is given has an
// OpenAI default model (see defaultModel); or, where the callers of an
// exported function give the instance, which function that is: the
// request is checked at their calls (see exportGiven).
func (r *resolver) instanceModel(c *Client, instance ast.Expr, region *ast.BlockStmt) (openAI bool, givenBy *types.Func) {
	if r.defaultModel(c, instance, region, 0) {
		return true, nil
	}
	if fn, index, given := r.givenModel(instance, region); given {
		r.exportGiven(c, fn, index)
		return false, fn
	}
	return false, nil
}

// systemTemplate returns where a definition of a prompt gives it a system
// text, a constant, that fills in variables of the template's input
// (ai.WithSystem("You help {{name}}.")), and their names; NoPos when none
// does. No names (but a position) means the whole input.
func (r *resolver) systemTemplate(c *Client, defs []definition) (token.Pos, []string) {
	at, vars := token.NoPos, []string{}
	for _, d := range defs {
		for _, opt := range d.options() {
			call, ok := ast.Unparen(opt).(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				continue
			}
			owner, key, ok := libraryFunc(r.pass.TypesInfo, call)
			if !ok || owner != c {
				continue
			}
			if role, ok := c.messageConstructors.Lookup(key); !ok || role != SystemRole {
				continue
			}
			text, ok := r.constantString(call.Args[0])
			if !ok {
				continue
			}
			names, whole := templateVariables(text)
			if len(names) == 0 && !whole {
				continue
			}
			if !at.IsValid() {
				at = call.Args[0].Pos()
			}
			if whole {
				return at, nil
			}
			vars = append(vars, names...)
		}
	}
	return at, vars
}

// templateHelpers are the Handlebars and Dotprompt helpers whose
// arguments, not themselves, are the variables a template reads.
var templateHelpers = map[string]bool{
	"if": true, "unless": true, "each": true, "with": true, "else": true,
	"role": true, "media": true, "history": true, "section": true, "json": true,
}

// templateVariables returns the top-level variables of the input that a
// Handlebars template reads ("{{user.name}}" reads user), and whether it
// reads the whole input ("{{this}}"). Data variables ("{{@state.x}}")
// and literals are not the input.
func templateVariables(text string) (vars []string, whole bool) {
	for expr := range templateActions(text) {
		expr = strings.TrimLeft(expr, "{~ ")
		if strings.HasPrefix(expr, "!") {
			continue // a comment
		}
		for _, tok := range strings.Fields(strings.Trim(expr, "{}#/~> ")) {
			name, _, _ := strings.Cut(strings.Trim(tok, "()"), ".")
			switch {
			case name == "" || templateHelpers[name] || strings.ContainsAny(name, "@\"'=") || strings.ContainsAny(name[:1], "0123456789-"):
			case name == "this":
				whole = true
			default:
				vars = append(vars, name)
			}
		}
	}
	return vars, whole
}
