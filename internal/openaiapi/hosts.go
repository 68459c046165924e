package openaiapi

import (
	"go/ast"
	"go/token"
	"go/types"
	"net/url"
	"strings"

	"github.com/openaivet/openaivet/internal/astutil"
	"github.com/openaivet/openaivet/internal/locals"

	"golang.org/x/tools/go/types/typeutil"
)

// otherHosts returns the hosts other than OpenAI's that a base URL may
// be, on some path: a constant, a variable given one anywhere (endpoint :=
// "https://api.x.ai/v1", then maybe overridden from the environment), the
// default of a flag or of a configuration helper (envOr("LLM_URL",
// "http://localhost:11434/v1"), cmp.Or(...)), what a helper of this
// package returns, a field of this package given one, or the URL of an
// httptest server.
func (r *resolver) otherHosts(e ast.Expr, region *ast.BlockStmt) []string {
	return hostsOf(r.urlValues(e, region, 0))
}

// hostsOf returns the hosts other than OpenAI's of URL values.
func hostsOf(values []string) []string {
	var hosts []string
	for _, u := range values {
		switch host, ok := otherHost(u); {
		case u == testServerURL:
			hosts = append(hosts, testServerHost)
		case strings.HasPrefix(u, fieldURL):
			// no host of its own
		case ok:
			hosts = append(hosts, host)
		}
	}
	return hosts
}

// testServerURL stands, among the values of a base URL, for the URL of an
// httptest server, which no constant spells; testServerHost names it.
// fieldURL begins the value that stands for a field of the package the
// URL is read from, by its fieldKey: what other packages store in it
// through the package's functions is theirs to say (see URLSetter).
const (
	testServerURL  = "\x00httptest"
	testServerHost = "an httptest server"
	fieldURL       = "\x00field "
)

// urlValues returns the constant strings a URL expression may be, on some
// path, as otherHosts describes.
func (r *resolver) urlValues(e ast.Expr, region *ast.BlockStmt, depth int) []string {
	if depth > maxDepth {
		return nil
	}
	info := r.pass.TypesInfo
	if s, ok := constantString(info.Types[e]); ok {
		return []string{s}
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return r.urlValues(e.X, region, depth+1) // the prefix holds the host
		}
	case *ast.StarExpr:
		return r.urlValues(e.X, region, depth+1) // *flag.String(...)
	case *ast.Ident:
		if init, ok := r.exportedInit(e); ok {
			return r.urlValues(init, nil, depth+1)
		}
		return r.varStrings(e, region, false, func(value ast.Expr, region *ast.BlockStmt) []string {
			return r.urlValues(value, region, depth+1)
		})
	case *ast.SelectorExpr:
		selection, ok := info.Selections[e]
		if !ok || selection.Kind() != types.FieldVal {
			return nil
		}
		f := selection.Obj().(*types.Var)
		if f.Pkg() != nil && f.Pkg().Path() == testServerPackage && f.Name() == testServerURLField {
			return []string{testServerURL}
		}
		if f.Pkg() != r.pass.Pkg {
			return nil
		}
		values := []string{fieldURL + fieldKey(f)}
		for _, w := range r.storeWrites()[f] {
			values = append(values, r.storedURLs(w, depth+1)...)
		}
		return values
	case *ast.CallExpr:
		// What a call is given as a URL it may return: a default, or
		// the URL it trims or joins.
		var values []string
		for _, arg := range e.Args {
			if isString(info.TypeOf(arg)) {
				values = append(values, r.urlValues(arg, region, depth+1)...)
			}
		}
		for result, body := range r.returned(e) {
			values = append(values, r.urlValues(result, body, depth+1)...)
		}
		return values
	}
	return nil
}

// storedURLs returns the constant strings a value stored in a field may
// be, as urlValues says, and where it is a parameter of a function of the
// package, what its calls in the package give it: the tests' server URL
// in WithBaseURL(server.URL), or given on by a helper of theirs.
func (r *resolver) storedURLs(e ast.Expr, depth int) []string {
	if depth > maxDepth {
		return nil
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		v, _ := r.pass.TypesInfo.Uses[id].(*types.Var)
		if args, _, ok := r.argumentsHere(v); ok {
			var values []string
			for _, arg := range args {
				values = append(values, r.storedURLs(arg, depth+1)...)
			}
			return values
		}
	}
	return r.urlValues(e, astutil.OutermostBody(r.pass.Files, e.Pos()), depth)
}

// exportedInit returns the initializer of the exported package variable
// an identifier names, where the package never changes it: a URL's
// variable (var ChatURL = "https://api.openai.com/v1/chat/completions"),
// whose initializer is one value it may hold, and names its path
// whatever host an importer points it at.
func (r *resolver) exportedInit(id *ast.Ident) (ast.Expr, bool) {
	v, ok := r.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !v.Exported() || v.Parent() != r.pass.Pkg.Scope() {
		return nil, false
	}
	if r.settledVars == nil {
		r.settledVars = constantPackageVars(r.pass, true)
	}
	init, ok := r.settledVars[v]
	return init, ok
}

// isString reports whether t is a string type, named or not.
func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// returned yields the value each return statement of the function of
// this package that call calls returns, with the function's body: its
// first result, the value it makes (of a value and an error, or of
// (executor, agent)), unless it is nil (or the call that returns them
// all, whose first result is the value).
func (r *resolver) returned(call *ast.CallExpr) func(yield func(ast.Expr, *ast.BlockStmt) bool) {
	return r.returnsOf(typeutil.StaticCallee(r.pass.TypesInfo, call))
}

// returnsOf yields what each return statement of a function of this
// package returns, as returned says.
func (r *resolver) returnsOf(fn *types.Func) func(yield func(ast.Expr, *ast.BlockStmt) bool) {
	return func(yield func(ast.Expr, *ast.BlockStmt) bool) {
		decl := r.decls[fn]
		if decl == nil {
			return
		}
		results := fn.Signature().Results()
		if results.Len() == 0 {
			return
		}
		stopped := false
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false // its returns are its own
			case *ast.ReturnStmt:
				forwarded := len(n.Results) == 1 && results.Len() > 1 // return openai.New(...)
				if stopped || len(n.Results) != results.Len() && !forwarded || r.pass.TypesInfo.Types[n.Results[0]].IsNil() {
					return true // return nil, err: no value
				}
				// Inspect goes on to the siblings of a node it is told
				// not to enter: the loop's end is remembered.
				stopped = !yield(n.Results[0], decl.Body)
			}
			return !stopped
		})
	}
}

// varStrings returns what f finds in each value a variable may hold: the
// initializer of a package variable nothing changes, or each value a
// local one is assigned. With every, it returns nil where a definition
// is not an assignment the resolver reads (a call's results, a range).
func (r *resolver) varStrings(id *ast.Ident, region *ast.BlockStmt, every bool, f func(ast.Expr, *ast.BlockStmt) []string) []string {
	v, ok := r.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok {
		return nil
	}
	if init, ok := r.packageVars[v]; ok {
		return f(init, nil)
	}
	if !r.local(v, region) {
		return nil
	}
	var values []string
	if !every {
		r.eachDefinition(v, region, func(value ast.Expr) {
			values = append(values, f(value, region)...)
		})
		return values
	}
	o := r.definitions(v, region, func(value ast.Expr) origin {
		values = append(values, f(value, region)...)
		return knownOrigin()
	})
	if !o.known {
		return nil
	}
	return values
}

// eachDefinition calls f with every value assigned to a local variable in
// region, in assignments and declarations that give it one value each.
func (r *resolver) eachDefinition(v *types.Var, region *ast.BlockStmt, f func(ast.Expr)) {
	writes, _ := locals.Writes(r.pass.TypesInfo, v, region, nil)
	for _, w := range writes {
		if w.Whole() && w.Kind == locals.Assign {
			f(w.Value)
		}
	}
}

// configHosts returns the other hosts a client's config struct is pointed
// at by its field (go-openai's cfg.BaseURL = "...", or
// openai.ClientConfig{BaseURL: "..."}), where the config is made or in the
// helper of this package that returns it.
func (r *resolver) configHosts(e ast.Expr, field string, region *ast.BlockStmt) []string {
	return r.configHostsAt(e, field, region, 0)
}

func (r *resolver) configHostsAt(e ast.Expr, field string, region *ast.BlockStmt, depth int) []string {
	if depth > maxDepth {
		return nil
	}
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X // &openai.ChatModelConfig{...}
	}
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		if kv := astutil.Keyed(lit, field); kv != nil {
			return r.otherHosts(kv.Value, region)
		}
		return nil
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		var hosts []string
		for result, body := range r.returned(call) {
			hosts = append(hosts, r.configHostsAt(result, field, body, depth+1)...)
		}
		return hosts
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || region == nil {
		return nil
	}
	cfg := r.pass.TypesInfo.ObjectOf(id)
	var hosts []string
	ast.Inspect(region, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
				if ok && sel.Sel.Name == field && i < len(n.Rhs) && len(n.Lhs) == len(n.Rhs) {
					if x, ok := ast.Unparen(sel.X).(*ast.Ident); ok && r.pass.TypesInfo.ObjectOf(x) == cfg {
						hosts = append(hosts, r.otherHosts(n.Rhs[i], region)...)
					}
				}
			}
		case *ast.KeyValueExpr:
			if key, ok := n.Key.(*ast.Ident); ok && key.Name == field {
				hosts = append(hosts, r.otherHosts(n.Value, region)...)
			}
		}
		return true
	})
	return hosts
}

// otherHost returns the host of a URL that is not OpenAI's.
func otherHost(rawURL string) (string, bool) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Hostname() == "" {
		return "", false
	}
	host := strings.ToLower(u.Hostname())
	for _, suffix := range openAIHostSuffixes {
		if host == suffix || strings.HasSuffix(host, "."+suffix) {
			return "", false
		}
	}
	return host, true
}
