package openaiapi

import (
	"go/ast"
	"go/types"

	"github.com/openaivet/openaivet/internal/locals"
)

// setterKey names a parameter of a function.
type setterKey struct {
	fn    *types.Func
	param int
}

// setFields is what a setter sets; ok is false for a function that is not
// one.
type setFields struct {
	fill
	ok bool
}

// setter reads a function of this package that takes params by pointer,
// as its parameter param, and does nothing with them but read them and set
// some of their fields (fill in the user, log the model): like a builder,
// what it may set is set at each call, and the params are not lost to the
// caller's analysis. ok is false for any other function or parameter.
func (r *resolver) setter(fn *types.Func, param int) (fill, bool) {
	key := setterKey{fn, param}
	if s, done := r.setters[key]; done {
		return s.fill, s.ok
	}
	r.setters[key] = setFields{} // a setter that calls itself sets nothing more
	decl, ok := r.decls[fn]
	if !ok || param >= fn.Signature().Params().Len() {
		return fill{}, false
	}
	v := fn.Signature().Params().At(param)
	_, isPointer := types.Unalias(v.Type()).(*types.Pointer)
	_, st, isParams := paramsStruct(v.Type())
	if !isPointer || !isParams || r.pointerEscapes(v, decl.Body) {
		return fill{}, false
	}
	writes, escapes := locals.Writes(r.pass.TypesInfo, v, decl.Body, decl.Type)
	o, ok := r.setThrough(escapes, st, decl.Body)
	if !ok {
		return fill{}, false
	}
	f := fill{set: o}
	tags := tagsByField(st)
	for _, w := range writes {
		if w.Whole() {
			return fill{}, false // *p = other, p = other
		}
		tag, ok := tags[w.Path[0].Field]
		if !ok {
			continue
		}
		if s, sent := r.fieldWrite(ByBuilder, w, st); sent {
			f.set.addField(tag, s)
		}
		if len(w.Path) == 1 && w.Kind == locals.Assign && everyWay(decl.Body, w.Node) {
			f.always = append(f.always, tag)
		}
	}
	f.set.literals = nil
	r.setters[key] = setFields{fill: f, ok: true}
	return f, true
}

// everyWay reports whether stmt is a statement of body that every way
// through the function passes: no return comes before it.
func everyWay(body *ast.BlockStmt, stmt ast.Node) bool {
	for _, s := range body.List {
		if s == stmt {
			return true
		}
		returns := false
		ast.Inspect(s, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				returns = true
			}
			return !returns
		})
		if returns {
			return false
		}
	}
	return false
}

// setterCall is what a call of fn, a setter of this package or of
// another (by its fact), sets in the params it is given as argument i.
func (r *resolver) setterCall(fn *types.Func, i int, args []ast.Expr) (fill, bool) {
	if fn.Pkg() == r.pass.Pkg {
		f, ok := r.setter(fn, i)
		if !ok {
			return fill{}, false
		}
		f.set.fields = r.bindArguments(f.set.fields, fn, args)
		return f, true
	}
	var fact ParamsSetter
	if !r.pass.ImportObjectFact(fn, &fact) || fact.Param != i {
		return fill{}, false
	}
	f := fill{set: knownOrigin(), always: fact.Always}
	f.set.fields = r.bindArguments(importedSettings(ByBuilder, fact.Fields), fn, args)
	return f, true
}

// setterFact summarizes a setter for other packages; nil when fn has no
// parameter it is a setter of.
func (r *resolver) setterFact(fn *types.Func) *ParamsSetter {
	for i := range fn.Signature().Params().Len() {
		if f, ok := r.setter(fn, i); ok {
			return &ParamsSetter{Param: i, Fields: r.builtFields(f.set.fields, fn), Always: f.always}
		}
	}
	return nil
}
