package taint

import (
	"fmt"
	"go/token"
	"go/types"
	"iter"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// Holders: which value of an interface a call goes through, and which
// value a wiring fills. A handler that asks h.Assistant and a demo page
// that asks the Answerer it is given call the same interface method; main
// may wire the model into the handler's field and a canned answer into
// the demo. A call and a wiring are joined only when they can meet: the
// call goes through a field that the wiring stores into, or through a
// parameter that the wiring passes to; or either place is unknown.
//
// A function of the caller's package that stores a parameter into a
// field (a constructor) makes the parameter another name of the field.

// Holder is a field of a struct type, or a parameter of a function.
type Holder struct {
	// Pkg is the path of the package that declares the type or the
	// function; Name is Type.Field, or the function's full name.
	Pkg, Name string
	// Param is the parameter's index, the receiver first; -1 for a
	// field.
	Param int
}

// holderOf names where an interface value is kept in fn: a field it is
// loaded from, or a parameter of a named function, followed out of
// closures to what they captured and through variables stored once.
func (e *engine) holderOf(v ssa.Value) (Holder, bool) {
	for range 8 {
		switch x := v.(type) {
		case *ssa.FreeVar:
			if e.bindings == nil {
				e.bindings = e.closureBindings()
			}
			if v = e.captive(x); v == x {
				return Holder{}, false // bound nowhere the package sees
			}
		case *ssa.Alloc:
			v = storedIn(x)
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return Holder{}, false
			}
			if fa, ok := x.X.(*ssa.FieldAddr); ok {
				owner, field, ok := fieldOwner(fa)
				if !ok {
					return Holder{}, false
				}
				return fieldHolder(owner, field), true
			}
			v = x.X
		case *ssa.Field:
			owner, ok := types.Unalias(x.X.Type()).(*types.Named)
			if !ok || owner.Obj().Pkg() == nil {
				return Holder{}, false
			}
			return fieldHolder(owner, owner.Underlying().(*types.Struct).Field(x.Field)), true
		case *ssa.Parameter:
			return paramHolder(x.Parent(), slices.Index(x.Parent().Params, x))
		default:
			return Holder{}, false
		}
	}
	return Holder{}, false
}

func fieldHolder(owner *types.Named, field *types.Var) Holder {
	return Holder{Pkg: owner.Obj().Pkg().Path(), Name: owner.Obj().Name() + "." + field.Name(), Param: -1}
}

// paramHolder names parameter i of fn; a function literal or a wrapper,
// which no other package calls by name, has none.
func paramHolder(fn *ssa.Function, i int) (Holder, bool) {
	obj, ok := fn.Object().(*types.Func)
	if !ok || i < 0 || fn.Parent() != nil || obj.Pkg() == nil {
		return Holder{}, false
	}
	return Holder{Pkg: obj.Pkg().Path(), Name: obj.FullName(), Param: i}, true
}

func (h Holder) String() string {
	if h.Param < 0 {
		return h.Pkg + "." + h.Name
	}
	return fmt.Sprintf("%s:%d", h.Name, h.Param)
}

// callHolders names where the interface value a call goes through is
// kept, and the parameters of the package's functions that store into
// that field; nil when unknown.
func (e *engine) callHolders(common *ssa.CallCommon) []Holder {
	if !common.IsInvoke() {
		return nil // a function-valued field names its own place
	}
	h, ok := e.holderOf(common.Value)
	if !ok {
		return nil
	}
	return append([]Holder{h}, e.storedParams()[h]...)
}

// storedParams maps each field of the package's functions' stores to the
// parameters stored into it: NewHandler(a Assistant) returning
// &Handler{Assistant: a}.
func (e *engine) storedParams() map[Holder][]Holder {
	if e.paramFields != nil {
		return e.paramFields
	}
	e.paramFields = make(map[Holder][]Holder)
	for store, fa := range e.fieldStores() {
		p, isParam := store.Val.(*ssa.Parameter)
		if !isParam {
			continue
		}
		owner, field, ok := fieldOwner(fa)
		param, named := paramHolder(p.Parent(), slices.Index(p.Parent().Params, p))
		if ok && named {
			h := fieldHolder(owner, field)
			e.paramFields[h] = append(e.paramFields[h], param)
		}
	}
	// A function that hands its parameter straight to such a constructor
	// (NewModule(llm) calling NewTextUsecase(llm)) fills the field too.
	fields := make(map[Holder]Holder) // a constructor's parameter, to its field
	for h, params := range e.paramFields {
		for _, p := range params {
			fields[p] = h
		}
	}
	for range 3 {
		added := false
		for _, fn := range e.fns {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					call, ok := instr.(*ssa.Call)
					if !ok || call.Common().StaticCallee() == nil {
						continue
					}
					for i, arg := range call.Common().Args {
						p, isParam := arg.(*ssa.Parameter)
						callee, _ := paramHolder(call.Common().StaticCallee(), i)
						h, stored := fields[callee]
						if !isParam || !stored {
							continue
						}
						if param, named := paramHolder(p.Parent(), slices.Index(p.Parent().Params, p)); named && !slices.Contains(e.paramFields[h], param) {
							e.paramFields[h] = append(e.paramFields[h], param)
							fields[param] = h
							added = true
						}
					}
				}
			}
		}
		if !added {
			break
		}
	}
	return e.paramFields
}

// fieldStores yields the package's stores into fields, with the field's
// address.
func (e *engine) fieldStores() iter.Seq2[*ssa.Store, *ssa.FieldAddr] {
	return func(yield func(*ssa.Store, *ssa.FieldAddr) bool) {
		for _, fn := range e.fns {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					store, ok := instr.(*ssa.Store)
					if !ok {
						continue
					}
					if fa, ok := store.Addr.(*ssa.FieldAddr); ok && !yield(store, fa) {
						return
					}
				}
			}
		}
	}
}

// wiringHolders names where a wiring's value goes: the fields it is
// stored into, the parameters of the functions it is passed to (for a
// function of this package, the fields they store it into); nil when it
// goes anywhere else too, and so could reach any call, and empty when it
// goes nowhere (only its methods are called). A field of a type of this
// package (an application struct that keeps its services) is where its
// reads go: main keeps the model in app.ai, and a method of app hands
// app.ai to a handler's constructor.
func (e *engine) wiringHolders(v ssa.Value) []Holder {
	holders, known := e.holdersFrom(v, 0)
	if !known {
		return nil
	}
	return append(make([]Holder, 0, len(holders)), holders...)
}

// holdersFrom returns where v goes, and false when that may be anywhere.
func (e *engine) holdersFrom(v ssa.Value, depth int) ([]Holder, bool) {
	if e.paramStores == nil {
		e.paramStores = make(map[Holder][]Holder)
		for h, params := range e.storedParams() {
			for _, p := range params {
				e.paramStores[p] = append(e.paramStores[p], h)
			}
		}
	}
	var out []Holder
	for _, ref := range *v.Referrers() {
		switch ref := ref.(type) {
		case *ssa.Store:
			fa, ok := ref.Addr.(*ssa.FieldAddr)
			if !ok || ref.Val != v {
				return nil, false
			}
			owner, field, ok := fieldOwner(fa)
			if !ok {
				return nil, false
			}
			h := fieldHolder(owner, field)
			if owner.Obj().Pkg() != e.pass.Pkg {
				out = append(out, h)
				continue
			}
			if depth >= 4 {
				return nil, false
			}
			reads := e.fieldReads(h)
			if len(reads) == 0 {
				out = append(out, h) // kept, and given to nothing
			}
			for _, read := range reads {
				next, known := e.holdersFrom(read, depth+1)
				if !known {
					return nil, false
				}
				out = append(out, next...)
			}
		case *ssa.Call:
			if ref.Common().IsInvoke() && !slices.Contains(ref.Common().Args, v) {
				continue // a method of the value called here: it goes nowhere
			}
			callee := ref.Common().StaticCallee()
			i := slices.Index(ref.Common().Args, v)
			if callee == nil || i < 0 || ref.Common().IsInvoke() {
				return nil, false
			}
			param, named := paramHolder(callee, i)
			if !named {
				return nil, false
			}
			if callee.Pkg != nil && callee.Pkg.Pkg == e.pass.Pkg {
				if len(e.paramStores[param]) == 0 {
					return nil, false // used some other way there
				}
				out = append(out, e.paramStores[param]...)
				continue
			}
			out = append(out, param)
		case *ssa.DebugRef:
		default:
			return nil, false
		}
	}
	return out, true
}

// fieldReads returns the package's loads of a field through its address.
func (e *engine) fieldReads(h Holder) []ssa.Value {
	var out []ssa.Value
	for _, fn := range e.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				load, ok := instr.(*ssa.UnOp)
				if !ok || load.Op != token.MUL {
					continue
				}
				fa, ok := load.X.(*ssa.FieldAddr)
				if !ok {
					continue
				}
				if owner, field, ok := fieldOwner(fa); ok && fieldHolder(owner, field) == h {
					out = append(out, load)
				}
			}
		}
	}
	return out
}

// meet reports whether a call of a package, kept in one of its holders,
// can go through a value a wiring of package wirer put in one of wired:
// either is unknown (nil), or they share one. A wiring that passes its
// value to a function of a third package, or stores it in a field of one
// (bot.Deps{Chat: model}), is unknown too: the value may reach the caller
// through functions in between. A field of the wirer's own types that
// holds it goes nowhere else (see wiringHolders), and a wiring whose
// value goes nowhere (empty) meets no call.
func meet(caller, wirer string, calls, wired []Holder) bool {
	if len(calls) == 0 || wired == nil {
		return true
	}
	for _, h := range wired {
		if h.Pkg != caller && (h.Param >= 0 || h.Pkg != wirer) || slices.Contains(calls, h) {
			return true
		}
	}
	return false
}
