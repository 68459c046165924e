package taint

import (
	"go/token"
	"go/types"
	"maps"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// Places that outlive a call carry what is written there to every
// function that reads them: a handler stores the question in a field of
// its server (s.pending = r.FormValue("q"), or appends it to the history
// kept per chat, s.history[chat]) and another method sends it to the
// model; a worker goroutine receives on a channel what a handler sent.
// These places are the fields of the package's own types, reached through
// anything but a local variable of one function (a receiver, a parameter,
// a captured variable, a package variable), the package's variables, and
// channels (channels.go). They are followed by field, not by object, and
// without regard to order: a field holds what any function of the package
// stores there, with labels joined as ways to one value are (a field is
// bounded or moderated only if every store of that input was). What a
// function writes there is published once its analysis is done, with the
// moderation verdicts it read on the way; the package is analyzed again
// while publishing adds something.

// sharedWrite is a store or a send of a function into a shared place.
type sharedWrite struct {
	place     any // a field or package variable (sharedPlace), or a channel (chanKey)
	onChannel bool
	value     ssa.Value
	block     *ssa.BasicBlock
}

// sharedPlace returns the field of the package's own types, or the
// package variable, that addr is the address of (or the map or slice
// stored there that addr indexes), or nil when it is the memory of a
// local variable. Of nested fields, the innermost of the package's own is
// the place: s.cfg.History is Config.History, and s.params.Messages, of a
// library's type, is the field params.
func (e *engine) sharedPlace(addr ssa.Value) any {
	var field *types.Var
	deref := false // the memory is behind a pointer the walk loaded
	for range 16 {
		switch x := addr.(type) {
		case *ssa.FieldAddr:
			if _, f, ok := structField(x); ok && field == nil && f.Pkg() == e.pass.Pkg {
				field = f.Origin()
			}
			addr = x.X
		case *ssa.IndexAddr:
			addr = x.X
		case *ssa.Slice:
			addr = x.X
		case *ssa.ChangeType:
			addr = x.X
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return nil
			}
			addr, deref = x.X, true // a map, slice or pointer kept in a field
		case *ssa.Alloc:
			if deref && field != nil {
				// A pointer kept in a local variable, as a receiver a
				// closure captures is: what it points to is shared.
				return field
			}
			return nil // a local variable: the function's own memory
		case *ssa.Global:
			if field != nil {
				return field
			}
			if x.Pkg != nil && x.Pkg.Pkg == e.pass.Pkg {
				return x
			}
			return nil
		default:
			if field == nil {
				return nil
			}
			return field
		}
	}
	return nil
}

// loadShared returns what the package stored into the shared place a load
// reads from. What a pointer kept there points to (*s.limit, *prompt of
// a flag) is its own place, not followed.
func (e *engine) loadShared(addr ssa.Value) taint {
	if _, deref := addr.(*ssa.UnOp); deref || len(e.fields) == 0 {
		return nil
	}
	if place := e.sharedPlace(addr); place != nil {
		return e.fields[place]
	}
	return nil
}

// memoryAt returns what the function wrote into the memory addr points
// into: of a place functions share, what it wrote there alone, not into
// the other fields of the same value.
func (s *state) memoryAt(addr ssa.Value) taint {
	if _, deref := addr.(*ssa.UnOp); !deref {
		if place := s.engine.sharedPlace(addr); place != nil {
			return s.places[place]
		}
	}
	return s.memory[root(addr)]
}

// write records a store or a send into a shared place, to publish when
// the function's analysis is done.
func (s *state) write(instr ssa.Instruction, writes ...sharedWrite) {
	var known []sharedWrite
	for _, w := range writes {
		if w.place != nil {
			w.block = instr.Block()
			known = append(known, w)
		}
	}
	if len(known) == 0 {
		return
	}
	if s.writes == nil {
		s.writes = make(map[ssa.Instruction][]sharedWrite)
	}
	s.writes[instr] = known
}

// publish adds what the function wrote into shared places to what they
// hold: the input it read itself and the model output it got, as each
// holds at the write, moderated when a verdict on every way to the write
// passed it. A summary's parameters mean nothing to other functions.
func (s *state) publish() {
	if len(s.writes) == 0 {
		return
	}
	mods := s.moderations(s.engine.calls)
	for _, w := range slices.Concat(slices.Collect(maps.Values(s.writes))...) {
		var t taint
		for _, l := range s.use(w.value, w.block) {
			if l.source < 0 {
				continue
			}
			l.moderated = l.moderated || !l.output && s.moderated(mods, l.source, w.block)
			t = append(t, l)
		}
		if w.onChannel {
			s.engine.sendOn(w.place, t)
		} else {
			s.engine.storeShared(w.place, t)
		}
	}
}

// storeShared adds what is stored into a field or package variable.
func (e *engine) storeShared(place any, t taint) {
	if len(t) > 0 && publish(&e.fields, place, t) {
		e.sharedChanges++
	}
}

// publish joins t into what m holds at k, and reports whether that added
// anything.
func publish[K comparable](m *map[K]taint, k K, t taint) bool {
	old := (*m)[k]
	n := join(old, t)
	if n.equal(old) {
		return false
	}
	if *m == nil {
		*m = make(map[K]taint)
	}
	(*m)[k] = n
	return true
}
