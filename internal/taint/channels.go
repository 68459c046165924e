package taint

import (
	"go/token"
	"go/types"

	"github.com/openaivet/openaivet/internal/names"
	"golang.org/x/tools/go/ssa"
)

// Channels carry what is sent on them to where it is received, across
// functions: model output sent to a worker goroutine is run there. A
// channel is known by where it lives: the variable that holds it (shared
// with the closures that capture it), a field of the package's types, a
// package variable, or a parameter of a function of the package that a
// goroutine runs with it. A function called with a channel says in its
// summary whether what it receives reaches a sink, as for any argument.
// What any send puts on a channel, every receive of it gets: sends are
// published, with the moderation verdicts on the way to them, as stores
// into the fields functions share are (shared.go).

// chanKey is where a channel lives.
type chanKey any

// paramKey is the channel parameter of a function of the package.
type paramKey struct {
	fn    *ssa.Function
	index int
}

// chanKeyOf returns where the channel v lives, or nil.
func (e *engine) chanKeyOf(v ssa.Value) chanKey {
	for range 8 {
		switch x := v.(type) {
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return nil
			}
			switch addr := e.captive(x.X).(type) {
			case *ssa.Alloc, *ssa.Global, *ssa.FreeVar:
				return e.findChan(addr)
			case *ssa.FieldAddr:
				if name, ok := names.Field(addr.X.Type(), addr.Field); ok {
					return e.findChan(name)
				}
			}
			return nil
		case *ssa.FreeVar:
			if b := e.captive(x); b != x {
				v = b
				continue
			}
			return e.findChan(x)
		case *ssa.Parameter:
			for i, p := range x.Parent().Params {
				if p == x {
					return e.findChan(paramKey{x.Parent(), i})
				}
			}
			return nil
		case *ssa.ChangeType:
			v = x.X
			continue
		case *ssa.MakeChan, *ssa.Call, *ssa.Phi, *ssa.Extract:
			return e.findChan(x)
		}
		return nil
	}
	return nil
}

// captive returns what a closure's free variable captured from the
// function that made the closure; any other value as it is.
func (e *engine) captive(v ssa.Value) ssa.Value {
	for range 8 {
		fv, ok := v.(*ssa.FreeVar)
		if !ok {
			return v
		}
		b, ok := e.bindings[fv]
		if !ok {
			return v
		}
		v = b
	}
	return v
}

// findChan returns the representative of a channel's place, once places
// that hold the same channel have been joined.
func (e *engine) findChan(k chanKey) chanKey {
	for {
		parent, ok := e.chanAlias[k]
		if !ok || parent == k {
			return k
		}
		k = parent
	}
}

// joinChans records that two places hold the same channel.
func (e *engine) joinChans(a, b chanKey) {
	a, b = e.findChan(a), e.findChan(b)
	if a == nil || b == nil || a == b {
		return
	}
	if e.chanAlias == nil {
		e.chanAlias = make(map[chanKey]chanKey)
	}
	e.chanAlias[a] = b
	if t := e.chans[a]; len(t) > 0 {
		e.sendOn(b, t)
	}
}

// sendOn records what is sent on a channel.
func (e *engine) sendOn(k chanKey, t taint) {
	if k == nil || len(t) == 0 {
		return
	}
	if publish(&e.chans, e.findChan(k), t) {
		e.sharedChanges++
	}
}

// received returns what was sent on a channel.
func (e *engine) received(k chanKey) taint {
	if k == nil {
		return nil
	}
	return e.chans[e.findChan(k)]
}

// closureBindings returns what each free variable of the package's
// closures is bound to where the closure is made.
func (e *engine) closureBindings() map[*ssa.FreeVar]ssa.Value {
	bindings := make(map[*ssa.FreeVar]ssa.Value)
	for _, fn := range e.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if mc, ok := instr.(*ssa.MakeClosure); ok {
					if anon, ok := mc.Fn.(*ssa.Function); ok {
						for i, binding := range mc.Bindings {
							if i < len(anon.FreeVars) {
								bindings[anon.FreeVars[i]] = binding
							}
						}
					}
				}
			}
		}
	}
	return bindings
}

// linkChans joins the places of the package that hold the same channel:
// a channel variable and the free variables of the closures that capture
// it, a channel argument and the parameter of the function a goroutine
// runs with it. It runs once, before the functions are analyzed, and only when the
// package sends on a channel.
func (e *engine) linkChans() {
	sends := false
	for _, fn := range e.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch in := instr.(type) {
				case *ssa.Send:
					sends = true
				case *ssa.Select:
					for _, st := range in.States {
						sends = sends || st.Dir == types.SendOnly
					}
				}
			}
		}
	}
	if !sends {
		return
	}
	e.bindings = e.closureBindings()
	for _, fn := range e.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				// A call's summary carries what its channel parameters
				// reach (at the call); a goroutine started on a function
				// has none, so the function's parameter is the channel.
				call, ok := instr.(*ssa.Go)
				if !ok {
					continue
				}
				callee := call.Common().StaticCallee()
				if callee == nil || callee.Pkg != fn.Pkg || callee.Blocks == nil {
					continue
				}
				for i, arg := range call.Common().Args {
					if _, isChan := arg.Type().Underlying().(*types.Chan); isChan && i < len(callee.Params) {
						e.joinChans(e.chanKeyOf(arg), paramKey{callee, i})
					}
				}
			}
		}
	}
}
