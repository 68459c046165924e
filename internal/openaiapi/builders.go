package openaiapi

import (
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"
)

// callResult resolves result index of a call that returns params: a builder
// of this package (summarized on demand) or of another (through its fact).
func (r *resolver) callResult(call *ast.CallExpr, index int, depth int) origin {
	if depth > maxDepth {
		return unknownOrigin()
	}
	fn := typeutil.StaticCallee(r.pass.TypesInfo, call)
	if fn == nil {
		return unknownOrigin()
	}
	if fn.Pkg() == r.pass.Pkg {
		// A builder of this package is read in place: its settings keep
		// their values and positions. Its literals are not the call's to
		// edit: a value in scope at the call may not be in scope there.
		built := r.builder(fn, depth+1)
		if built == nil || built.index != index {
			return unknownOrigin()
		}
		o := built.origin
		o.literals = nil
		o.fields = r.bindArguments(o.fields, fn, callArgs(r.pass.TypesInfo, call))
		return o
	}
	var b ParamsBuilder
	if !r.pass.ImportObjectFact(fn, &b) || b.Result != index {
		return unknownOrigin()
	}
	o := knownOrigin()
	o.fields = r.bindArguments(importedSettings(ByBuilder, b.Fields), fn, callArgs(r.pass.TypesInfo, call))
	return o
}

// importedSettings is what a fact of another package says a function sets.
func importedSettings(via Via, fields []BuiltField) map[string][]Setting {
	settings := make(map[string][]Setting)
	for _, f := range fields {
		s := Setting{Via: via, Constant: f.Constant, Empty: f.Empty, Int: f.Int, IntKnown: f.IntKnown}
		if f.FromParam {
			s.param = f.Param + 1
		}
		settings[f.Tag] = append(settings[f.Tag], s)
	}
	return settings
}

// bindArguments replaces, in what a builder or sender sets, each value
// that is one of its parameters by the argument of this call:
// params(userID) sets safety_identifier to userID, params("anonymous") to
// a constant.
func (r *resolver) bindArguments(settings map[string][]Setting, fn *types.Func, args []ast.Expr) map[string][]Setting {
	bound := make(map[string][]Setting, len(settings))
	for tag, ss := range settings {
		for _, s := range ss {
			if i, ok := r.argumentIndex(s, fn); ok && i < len(args) {
				pos := s.Pos
				if !pos.IsValid() {
					pos = args[i].Pos() // set in another package, to this argument
				}
				arg, _ := r.setting(s.Via, pos, s.Key, args[i], nil, nil)
				s.Pos, s.Value, s.Constant, s.Empty, s.Int, s.IntKnown = arg.Pos, arg.Value, arg.Constant, arg.Empty, arg.Int, arg.IntKnown
				s.param = 0
			}
			bound[tag] = append(bound[tag], s)
		}
	}
	return bound
}

// argumentIndex returns the parameter of fn that a setting's value is,
// but for a variadic one.
func (r *resolver) argumentIndex(s Setting, fn *types.Func) (int, bool) {
	sig := fn.Signature()
	i := s.param - 1
	if id, ok := s.Value.(*ast.Ident); ok {
		i = slices.IndexFunc(slices.Collect(sig.Params().Variables()), func(p *types.Var) bool {
			return r.pass.TypesInfo.ObjectOf(id) == p
		})
	}
	return i, i >= 0 && !(sig.Variadic() && i == sig.Params().Len()-1)
}

// builtParams is what a builder of this package returns: its result number
// index, with what the params hold.
type builtParams struct {
	index  int
	origin origin
}

// builderFact summarizes what a builder sets for other packages.
func (r *resolver) builderFact(fn *types.Func, b *builtParams) *ParamsBuilder {
	return &ParamsBuilder{Result: b.index, Fields: r.builtFields(b.origin.fields, fn)}
}

// builtFields summarizes settings for other packages: a field is constant
// (or empty) when every value set is, and is the caller's argument when
// its one value is a parameter of fn.
func (r *resolver) builtFields(fields map[string][]Setting, fn *types.Func) []BuiltField {
	var built []BuiltField
	for tag, ss := range fields {
		f := BuiltField{Tag: tag, Constant: true, Empty: true}
		for _, s := range ss {
			f.Constant = f.Constant && s.Constant
			f.Empty = f.Empty && s.Empty
		}
		if i, ok := r.argumentIndex(ss[0], fn); ok && len(ss) == 1 {
			f.FromParam, f.Param = true, i
		}
		if len(ss) == 1 {
			f.Int, f.IntKnown = ss[0].Int, ss[0].IntKnown
		}
		built = append(built, f)
	}
	sortFields(built)
	return built
}

// builder reads a function of this package that returns params: the
// fields that some return of it sets. It returns nil when the function is
// not a builder, or when what it returns cannot be seen.
func (r *resolver) builder(fn *types.Func, depth int) *builtParams {
	if b, done := r.builders[fn]; done {
		return b
	}
	r.builders[fn] = nil // recursion yields "unknown"
	decl, ok := r.decls[fn]
	if !ok {
		return nil
	}
	results := fn.Signature().Results()
	index := -1
	var st *types.Struct
	for i := range results.Len() {
		if _, s, ok := paramsStruct(results.At(i).Type()); ok {
			if index >= 0 {
				return nil // two params results: not a plain builder
			}
			index, st = i, s
		}
	}
	if index < 0 {
		return nil
	}
	o := r.returnedParams(fn, decl, index, st, depth)
	if !o.complete() {
		return nil // unknown, or what the caller gave: not built here
	}
	b := &builtParams{index: index, origin: o}
	r.builders[fn] = b
	return b
}

// returnedParams reads what the params that a function of this package
// returns as its result number index set, on some return.
func (r *resolver) returnedParams(fn *types.Func, decl *ast.FuncDecl, index int, st *types.Struct, depth int) origin {
	results := fn.Signature().Results()
	o := knownOrigin()
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are not ours
		case *ast.ReturnStmt:
			switch {
			case len(n.Results) == results.Len():
				o.merge(r.params(n.Results[index], st, decl.Body, depth))
			case len(n.Results) == 0 && results.At(index).Name() != "":
				o.merge(r.variable(results.At(index), n.Pos(), st, decl.Body, depth))
			case len(n.Results) == 1:
				if call, ok := ast.Unparen(n.Results[0]).(*ast.CallExpr); ok {
					o.merge(r.callResult(call, index, depth))
				} else {
					o.known = false
				}
			default:
				o.known = false
			}
		}
		return o.known
	})
	return o
}

// programBuilt reads a call of a function of this package that returns a
// request struct of the program's (see plainHTTP), as builder reads one
// that returns a library's params.
func (r *resolver) programBuilt(call *ast.CallExpr, st *types.Struct, depth int) (origin, bool) {
	fn := typeutil.StaticCallee(r.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() != r.pass.Pkg || st.NumFields() == 0 || IsClientPackage(st.Field(0).Pkg().Path()) {
		return origin{}, false
	}
	decl, ok := r.decls[fn]
	results := fn.Signature().Results()
	if !ok || results.Len() == 0 || results.At(0).Type().Underlying() != st {
		return origin{}, false
	}
	o := r.returnedParams(fn, decl, 0, st, depth+1)
	if !o.complete() {
		return unknownOrigin(), true
	}
	o.literals = nil
	o.fields = r.bindArguments(o.fields, fn, callArgs(r.pass.TypesInfo, call))
	return o, true
}
