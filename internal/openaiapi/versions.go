package openaiapi

import (
	"fmt"
	"go/types"

	"github.com/openaivet/openaivet/internal/names"
)

// The version of a client library that a program builds with decides
// which options a request can take: what it lacks is neither asked for
// nor added by a fix.

// libraryRoot reports whether the version of the client's library that
// the program builds with has the function a name relative to its root
// (or its core module's) names, and returns that root. A package of the
// library that is not loaded here is taken to have it, under root.
func (r *resolver) libraryRoot(c *Client, root string, n names.Name) (string, bool) {
	loaded := false
	for _, in := range []string{root, c.corePath} {
		if in == "" {
			continue
		}
		path := in
		if n.Pkg != "" {
			path += "/" + n.Pkg
		}
		if p := r.loadedPackage(path); p != nil {
			loaded = true
			if _, ok := p.Scope().Lookup(n.Member).(*types.Func); ok {
				return in, true
			}
		}
	}
	return root, !loaded
}

// configWireField spells the field of the config that the client's models are
// made from (see Client.configConstructor) that sets a wire field, in the
// version of the library the program builds with: "User in
// openai.ChatModelConfig".
func (r *resolver) configWireField(c *Client, root string, tag string) (string, bool) {
	if c.configConstructor == (names.Name{}) || c.configConstructor.Type != "" {
		return "", false
	}
	path := root
	if c.configConstructor.Pkg != "" {
		path += "/" + c.configConstructor.Pkg
	}
	p := r.loadedPackage(path)
	if p == nil {
		return "", false
	}
	fn, ok := p.Scope().Lookup(c.configConstructor.Member).(*types.Func)
	if !ok || fn.Signature().Params().Len() == 0 {
		return "", false
	}
	params := fn.Signature().Params()
	t := params.At(params.Len() - 1).Type()
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	named, ok := t.(*types.Named)
	if !ok {
		return "", false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return "", false
	}
	field, ok := jsonFields(st)[tag]
	if !ok {
		return "", false
	}
	return fmt.Sprintf("%s in %s.%s", field.Name(), p.Name(), named.Obj().Name()), true
}

// loadedPackage returns the package of the path among those this package
// imports; nil when it is not among them. A package imported only through
// another holds just what that one's export data refers to, so only the
// direct imports tell what a version has.
func (r *resolver) loadedPackage(path string) *types.Package {
	if r.loaded == nil {
		r.loaded = make(map[string]*types.Package)
		for _, imp := range r.pass.Pkg.Imports() {
			r.loaded[imp.Path()] = imp
		}
	}
	return r.loaded[path]
}
