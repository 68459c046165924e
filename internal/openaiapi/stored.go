package openaiapi

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/openaivet/openaivet/internal/astutil"
)

// place is where a program keeps params to send later: an unexported
// struct field of this package (v.IsField()), or the elements of a map or
// slice (elems) held in a variable or such a field.
//
// Params kept there are resolved flow-insensitively from every write to
// the place in the package: each value stored, each field set through it
// or through a local pointer to an element. The place is unknown when code
// the analysis cannot see may write it: an exported field or variable
// (another package may set it), one whose address is taken, a pointer to
// params in it that is copied anywhere but to a local variable or a
// request, and a map or slice that is given a value from anything but a
// literal, make or append.
type place struct {
	v     *types.Var
	elems bool
}

// placeOf returns the place an expression of params type reads, where
// region is the body it is in.
func (r *resolver) placeOf(e ast.Expr, region *ast.BlockStmt) (place, *ast.BlockStmt, bool) {
	if index, ok := ast.Unparen(e).(*ast.IndexExpr); ok {
		return r.elementsOf(index.X, region)
	}
	return r.placeAt(e, false, region)
}

// elementsOf returns the place of the elements of a map or slice.
func (r *resolver) elementsOf(container ast.Expr, region *ast.BlockStmt) (place, *ast.BlockStmt, bool) {
	switch typeUnder(r.pass.TypesInfo.TypeOf(container)).(type) {
	case *types.Map, *types.Slice:
		return r.placeAt(container, true, region)
	}
	return place{}, nil, false
}

func (r *resolver) placeAt(e ast.Expr, elems bool, region *ast.BlockStmt) (place, *ast.BlockStmt, bool) {
	var v *types.Var
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ = r.pass.TypesInfo.Uses[e].(*types.Var)
	case *ast.SelectorExpr:
		if sel, ok := r.pass.TypesInfo.Selections[e]; ok && sel.Kind() == types.FieldVal {
			v = sel.Obj().(*types.Var)
		}
	}
	switch {
	case v == nil || v.Exported() || v.Pkg() != r.pass.Pkg:
		return place{}, nil, false
	case r.local(v, region):
		return place{v, elems}, region, elems // a local variable's own value is variable's
	case v.IsField() || v.Parent() == r.pass.Pkg.Scope():
		return place{v, elems}, nil, true // written anywhere in the package
	}
	return place{}, nil, false
}

// stored resolves the params kept in a place, from every write to it in
// scope (the package, or the body of a local variable).
func (r *resolver) stored(p place, scope *ast.BlockStmt, st *types.Struct, depth int) origin {
	if o, done := r.places[p]; done {
		return o // known so far: a place read while it is resolved
	}
	r.places[p] = knownOrigin()
	o := r.readPlace(p, scope, st, depth)
	if len(o.params) > 0 {
		o = unknownOrigin() // a parameter stored: its callers' values are not seen here
	}
	r.places[p] = o
	return o
}

func (r *resolver) readPlace(p place, scope *ast.BlockStmt, st *types.Struct, depth int) origin {
	info := r.pass.TypesInfo
	tags := tagsByField(st)
	// isContainer reports whether e is the variable or field v: x.v.
	isContainer := func(e ast.Expr) bool {
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			return info.ObjectOf(e) == p.v
		case *ast.SelectorExpr:
			return info.ObjectOf(e.Sel) == p.v
		}
		return false
	}
	// isPlace reports whether e is the place, or what a pointer there
	// points to: x.v, or an element x.v[k].
	isPlace := func(e ast.Expr) bool {
		e = ast.Unparen(e)
		if star, ok := e.(*ast.StarExpr); ok {
			e = ast.Unparen(star.X)
		}
		if !p.elems {
			return isContainer(e)
		}
		index, ok := e.(*ast.IndexExpr)
		return ok && isContainer(index.X)
	}
	regionAt := func(pos token.Pos) *ast.BlockStmt {
		if scope != nil {
			return scope
		}
		return astutil.OutermostBody(r.pass.Files, pos)
	}
	o := knownOrigin()
	// container merges what a value given to the map or slice holds.
	container := func(value ast.Expr, region *ast.BlockStmt) {
		switch value := ast.Unparen(value).(type) {
		case *ast.CompositeLit:
			for _, elt := range value.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					elt = kv.Value
				}
				o.merge(r.params(elt, st, region, depth+1))
			}
			return
		case *ast.CallExpr:
			if r.isAppend(value) && isContainer(value.Args[0]) && !value.Ellipsis.IsValid() {
				for _, arg := range value.Args[1:] {
					o.merge(r.params(arg, st, region, depth+1))
				}
				return
			}
			if r.isBuiltin(value, "make") {
				return
			}
		case *ast.Ident:
			if _, isNil := info.ObjectOf(value).(*types.Nil); isNil {
				return
			}
		}
		o.known = false
	}
	var nodes []ast.Node
	if scope != nil {
		nodes = []ast.Node{scope}
	} else {
		for _, f := range r.pass.Files {
			nodes = append(nodes, f)
		}
	}
	for _, root := range nodes {
		ast.PreorderStack(root, nil, func(n ast.Node, stack []ast.Node) bool {
			if !o.known {
				return false
			}
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					var rhs ast.Expr
					if len(n.Lhs) == len(n.Rhs) {
						rhs = n.Rhs[i]
					}
					switch {
					case isPlace(lhs) && rhs != nil:
						o.merge(r.params(rhs, st, regionAt(n.Pos()), depth+1))
					case p.elems && isContainer(lhs) && rhs != nil:
						container(rhs, regionAt(n.Pos()))
					case isPlace(lhs) || p.elems && isContainer(lhs):
						o.known = false // from a tuple
					default:
						if sel, direct := fieldThrough(lhs, isPlace); sel != nil {
							var value ast.Expr
							if direct && rhs != nil && n.Tok == token.ASSIGN {
								value = rhs
							}
							field, _ := info.ObjectOf(sel.Sel).(*types.Var)
							if tag, ok := tags[field]; ok {
								if s, sent := r.setting(ByAssignment, lhs.Pos(), sel.Sel, value, st, field); sent {
									o.addField(tag, s)
								}
							}
						}
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if info.Defs[name] == p.v && len(n.Values) == len(n.Names) {
						if p.elems {
							container(n.Values[i], regionAt(n.Pos()))
						} else {
							o.merge(r.params(n.Values[i], st, regionAt(n.Pos()), depth+1))
						}
					}
				}
			case *ast.KeyValueExpr:
				if key, ok := n.Key.(*ast.Ident); ok && info.ObjectOf(key) == p.v {
					if p.elems {
						container(n.Value, regionAt(n.Pos()))
					} else {
						o.merge(r.params(n.Value, st, regionAt(n.Pos()), depth+1))
					}
				}
			case *ast.CompositeLit:
				if s, ok := typeUnder(info.TypeOf(n)).(*types.Struct); ok && p.v.IsField() && len(n.Elts) > 0 {
					if _, keyed := n.Elts[0].(*ast.KeyValueExpr); !keyed {
						for i := range s.NumFields() {
							if s.Field(i) == p.v && i < len(n.Elts) {
								o.known = false // a positional literal: rare, not followed
							}
						}
					}
				}
			case *ast.CallExpr:
				sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
				if !ok || !isPlace(sel.X) {
					return true
				}
				if method, ok := info.ObjectOf(sel.Sel).(*types.Func); ok {
					if isExtraFieldsMethod(method) {
						o.merge(r.extraFields(n))
					} else if isPointer(method.Signature().Recv().Type()) {
						o.known = false // a pointer method may change any field
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND && (isPlace(n.X) || isContainer(n.X)) {
					o.known = false // its address escapes
				}
			case *ast.RangeStmt:
				if p.elems && isContainer(n.X) && n.Value != nil && isPointer(info.TypeOf(n.Value)) {
					o.merge(r.alias(n.Value, st, regionAt(n.Pos()), depth))
				}
			case ast.Expr:
				if id, ok := n.(*ast.Ident); ok && info.Defs[id] != nil {
					return true // a declaration, not a use
				}
				switch {
				case p.elems && isContainer(n) && !r.containerUse(n, stack):
					o.known = false // the map or slice goes where it may be filled
				case isPlace(n) && isPointer(info.TypeOf(n)):
					o.merge(r.pointerUse(n, stack, st, regionAt(n.Pos()), depth))
				}
			}
			return true
		})
	}
	return o
}

// pointerUse resolves a use of a pointer to params kept in a place, where
// stack holds the nodes around it: reading or setting a field through it,
// dereferencing it or sending it is no escape; keeping it in a local
// variable adds what is set through that variable; anything else may
// change what it points to.
func (r *resolver) pointerUse(e ast.Expr, stack []ast.Node, st *types.Struct, region *ast.BlockStmt, depth int) origin {
	if len(stack) == 0 {
		return unknownOrigin()
	}
	switch parent := stack[len(stack)-1].(type) {
	case *ast.SelectorExpr, *ast.StarExpr:
		return knownOrigin() // a field, or the params, read or set: seen where set
	case *ast.KeyValueExpr:
		if parent.Key == e {
			return knownOrigin() // stored to
		}
	case *ast.AssignStmt:
		for i, rhs := range parent.Rhs {
			if rhs == e && len(parent.Lhs) == len(parent.Rhs) {
				return r.alias(parent.Lhs[i], st, region, depth)
			}
		}
		return knownOrigin() // stored to: a write, seen as one
	case *ast.ValueSpec:
		for i, value := range parent.Values {
			if value == e && len(parent.Names) == len(parent.Values) {
				return r.alias(parent.Names[i], st, region, depth)
			}
		}
	case *ast.CallExpr:
		if arg, ok := r.paramsArgument(parent); ok && arg == e {
			return knownOrigin()
		}
	case *ast.IndexExpr:
		if parent.X == e {
			return knownOrigin()
		}
	}
	return unknownOrigin()
}

// containerUse reports whether a use of a map or slice that keeps params,
// where stack holds the nodes around it, only reads or writes elements in
// place: indexing, ranging, assigning, and the built-ins len, delete and
// append.
func (r *resolver) containerUse(e ast.Expr, stack []ast.Node) bool {
	if len(stack) == 0 {
		return false
	}
	switch parent := stack[len(stack)-1].(type) {
	case *ast.IndexExpr:
		return parent.X == e
	case *ast.RangeStmt:
		return parent.X == e
	case *ast.AssignStmt:
		return slices.Contains(parent.Lhs, e)
	case *ast.SelectorExpr:
		return parent.X != e // the field's own selector
	case *ast.KeyValueExpr:
		return parent.Key == e // stored to
	case *ast.CallExpr:
		return r.isBuiltin(parent, "len") || r.isBuiltin(parent, "delete") ||
			r.isAppend(parent) && parent.Args[0] == e
	}
	return false
}

// alias resolves what is set through a local variable that holds a pointer
// to params kept in a place: its definitions (the place among them) and the
// fields set through it.
func (r *resolver) alias(e ast.Expr, st *types.Struct, region *ast.BlockStmt, depth int) origin {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return unknownOrigin()
	}
	v, ok := r.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || !r.local(v, region) {
		return unknownOrigin()
	}
	return r.variable(v, id.Pos(), st, region, depth+1)
}

func isPointer(t types.Type) bool {
	_, ok := typeUnder(t).(*types.Pointer)
	return ok
}

// typeUnder is t's underlying type, or nil for no type.
func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// pointerEscapes reports whether a pointer to params may be copied
// somewhere the resolver does not follow: it is used otherwise than to
// read or set a field, to be dereferenced, assigned, or sent as the params
// of a request. Through a copy, anything may change what it points to.
func (r *resolver) pointerEscapes(v *types.Var, region *ast.BlockStmt) bool {
	info := r.pass.TypesInfo
	allowed := make(map[*ast.Ident]bool)
	allow := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			allowed[id] = true
		}
	}
	escapes := false
	ast.Inspect(region, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if s, ok := info.Selections[n]; ok && s.Kind() == types.FieldVal {
				allow(n.X)
			}
		case *ast.StarExpr:
			allow(n.X)
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				allow(lhs)
			}
		case *ast.CallExpr:
			for _, arg := range n.Args {
				if _, given := r.addressesGiven(region)[ast.Unparen(arg)]; given {
					allow(arg)
				}
			}
		case *ast.Ident:
			if info.Uses[n] == v && !allowed[n] {
				escapes = true
			}
		}
		return !escapes
	})
	return escapes
}
