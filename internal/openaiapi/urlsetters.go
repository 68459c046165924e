package openaiapi

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// URLSetter is the fact that an exported function stores its parameter
// Param in Field, a field a poster of its package joins its paths to
// (see poster): WithBaseURL(u) returning func(c *Client) { c.baseURL = u },
// or New(key, baseURL) filling &Client{baseURL: baseURL}. Field is the
// field's fieldKey. The URLs a package gives it are hosts its requests
// through those posters may go to.
type URLSetter struct {
	Param int
	Field string
}

func (*URLSetter) AFact() {}

func (s *URLSetter) String() string { return fmt.Sprintf("urlSetter(%d: %s)", s.Param, s.Field) }

// fieldKey names a struct field across packages: the path of its
// package, the named type that declares it where the package has one,
// and its name.
func fieldKey(f *types.Var) string {
	pkg := f.Pkg()
	if pkg == nil {
		return f.Name()
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok && slices.Contains(slices.Collect(st.Fields()), f) {
			return pkg.Path() + "." + name + "." + f.Name()
		}
	}
	return pkg.Path() + "." + f.Name()
}

// urlFields returns the keys of the fields of the package a URL
// expression may be read from, on some path (see fieldURL).
func (r *resolver) urlFields(e ast.Expr, region *ast.BlockStmt) []string {
	var keys []string
	for _, u := range r.urlValues(e, region, 0) {
		if key, ok := strings.CutPrefix(u, fieldURL); ok && !slices.Contains(keys, key) {
			keys = append(keys, key)
		}
	}
	return keys
}

// urlSetters returns the facts of the exported functions of the package
// that store a parameter in a field its posters join paths to.
func (r *resolver) urlSetters() map[*types.Func]*URLSetter {
	var bases []string
	for _, p := range r.posters {
		if p != nil {
			bases = append(bases, p.baseFields...)
		}
	}
	if len(bases) == 0 {
		return nil
	}
	sites := r.indexCallSites()
	setters := make(map[*types.Func]*URLSetter)
	for f, writes := range r.storeWrites() {
		if !f.IsField() {
			continue
		}
		key := fieldKey(f)
		if !slices.Contains(bases, key) {
			continue
		}
		for _, w := range writes {
			id, ok := ast.Unparen(w).(*ast.Ident)
			if !ok {
				continue
			}
			v, _ := r.pass.TypesInfo.Uses[id].(*types.Var)
			if at, ok := sites.params[v]; ok && at.fn.Exported() {
				setters[at.fn] = &URLSetter{Param: at.index, Field: key}
			}
		}
	}
	return setters
}

// setterHosts returns the hosts other than OpenAI's that the package
// gives, through the functions of other packages that say so
// (URLSetter), the fields of keys: a client's base URL its option sets.
func (r *resolver) setterHosts(keys []string) []string {
	if len(keys) == 0 {
		return nil
	}
	if r.setURLs == nil {
		r.setURLs = make(map[string][]string)
		for _, file := range r.pass.Files {
			ast.Inspect(file, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				fn, ok := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
				var fact URLSetter
				if !ok || fn.Pkg() == r.pass.Pkg || fn.Pkg() == nil || !r.pass.ImportObjectFact(fn, &fact) || fact.Param >= len(call.Args) {
					return true
				}
				r.setURLs[fact.Field] = append(r.setURLs[fact.Field], hostsOf(r.storedURLs(call.Args[fact.Param], 0))...)
				return true
			})
		}
	}
	var hosts []string
	for _, key := range keys {
		hosts = append(hosts, r.setURLs[key]...)
	}
	return hosts
}
