package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Functions that bound how much of a reader is read.
var lengthLimiters = map[[2]string]bool{
	{"io", "LimitReader"}:          true,
	{"net/http", "MaxBytesReader"}: true,
}

// limitsLength reports whether fn bounds the length of what it returns.
func limitsLength(fn *types.Func) bool {
	return fn.Pkg() != nil && lengthLimiters[[2]string{fn.Pkg().Path(), fn.Name()}]
}

// limitsBody reports whether fn replaces a request's body with a bounded
// reader: r.Body = http.MaxBytesReader(w, r.Body, n).
func limitsBody(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			store, ok := instr.(*ssa.Store)
			if !ok || !isRequestField(store.Addr, "Body") {
				continue
			}
			val := store.Val
			if ci, ok := val.(*ssa.ChangeInterface); ok {
				val = ci.X
			}
			if mi, ok := val.(*ssa.MakeInterface); ok {
				val = mi.X
			}
			if call, ok := val.(*ssa.Call); ok {
				if callee := call.Common().StaticCallee(); callee != nil {
					if fn, ok := callee.Object().(*types.Func); ok && limitsLength(fn) {
						return true
					}
				}
			}
		}
	}
	return false
}

// isBound reports whether a slice's high index bounds its length: a
// constant, or min with a constant.
func isBound(high ssa.Value) bool {
	switch h := high.(type) {
	case *ssa.Const:
		return true
	case *ssa.Call:
		if b, ok := h.Common().Value.(*ssa.Builtin); ok && b.Name() == "min" {
			for _, a := range h.Common().Args {
				if _, ok := a.(*ssa.Const); ok {
					return true
				}
			}
		}
	}
	return false
}
